package app.marquee.adapter.rest.problem;

import app.marquee.adapter.rest.logging.RequestIds;
import app.marquee.domain.shared.Rejection;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/** Builds every error response of the API: problem+json, localised, with a stable code. */
@Singleton
public class ProblemResponses {
    public static final MediaType PROBLEM_JSON = MediaType.of(Problem.MEDIA_TYPE);
    private final ProblemMessages messages;

    public ProblemResponses(ProblemMessages messages) {
        this.messages = messages;
    }

    /** A domain rejection, with the one status its code always has (see {@link ProblemStatuses}). */
    public MutableHttpResponse<Problem> of(HttpRequest<?> request, Rejection rejection) {
        HttpStatus status = ProblemStatuses.of(rejection.code());
        Locale locale = messages.localeOf(request);
        List<Problem.FieldError> errors = rejection.field()
                .map(field -> List.of(new Problem.FieldError(field, detail(locale, rejection.code()))))
                .orElse(List.of());
        MutableHttpResponse<Problem> response = of(request, status, rejection.code(), errors, rejection.subjects());
        rejection.retryAfter().ifPresent(wait ->
                response.header("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000))));
        return response;
    }

    /** A framework error (see {@link ProblemErrorResponseProcessor}), whose status the framework chose. */
    MutableHttpResponse<Problem> of(HttpRequest<?> request, HttpStatus status, String code,
                                    List<Problem.FieldError> errors) {
        return of(request, status, code, errors, List.of());
    }

    private MutableHttpResponse<Problem> of(HttpRequest<?> request, HttpStatus status, String code,
                                            List<Problem.FieldError> errors, List<String> subjects) {
        Locale locale = messages.localeOf(request);
        String title = messages.text(locale, code + ".title");
        Problem problem = new Problem("/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                title == null ? status.getReason() : title, status.getCode(), detail(locale, code), code,
                RequestIds.of(request).orElse(null), errors, subjects);
        return HttpResponse.<Problem>status(status).contentType(PROBLEM_JSON).body(problem);
    }

    public ProblemMessages messages() {
        return messages;
    }

    private String detail(Locale locale, String code) {
        String detail = messages.text(locale, code + ".detail");
        return detail == null ? messages.text(locale, "REQUEST_REJECTED.detail") : detail;
    }
}
