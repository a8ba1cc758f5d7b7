package app.marquee.adapter.rest.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, with Marquee's stable {@code code} and per-field {@code errors}. */
@Serdeable
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", example = "/problems/email-taken")
        String type,
        @Schema(description = "Short summary, in the caller's language", example = "E-mail already registered")
        String title,
        @Schema(description = "HTTP status code", example = "409")
        int status,
        @Schema(description = "Explanation for this occurrence, in the caller's language")
        String detail,
        @Schema(description = "Stable machine-readable error code", example = "EMAIL_TAKEN")
        String code,
        @Nullable @Schema(description = "The request id, also sent as X-Request-Id", nullable = true)
        String requestId,
        @Schema(description = "Field-level errors; empty when the problem is not about one field")
        List<FieldError> errors,
        @Schema(description = "What the problem is about when it names things (the seats a show still uses, the"
                + " screening in the way); empty otherwise", example = "[\"Orchestra A-12\"]")
        List<String> subjects) {
    /** The media type of every error response (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";


    public Problem {
        errors = List.copyOf(errors);
        subjects = List.copyOf(subjects);
    }

    @Serdeable
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The input field, as named in the request", example = "email") String field,
            @Schema(description = "What is wrong with it, in the caller's language") String message) {
    }
}
