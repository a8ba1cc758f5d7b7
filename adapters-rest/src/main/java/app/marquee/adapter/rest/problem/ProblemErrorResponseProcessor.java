package app.marquee.adapter.rest.problem;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import app.marquee.adapter.rest.logging.RequestIds;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns every error the framework produces (unknown route, wrong method or media type, body too
 * large, malformed JSON, wrong types, failed validation, missing authentication, unexpected
 * failures) into a localised problem+json with a stable code. Nothing of the cause's message,
 * class or stack trace reaches the body.
 */
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Map<Integer, String> CODES_BY_STATUS = Map.of(
            400, "BAD_REQUEST", 401, "UNAUTHORIZED", 403, "FORBIDDEN", 404, "NOT_FOUND",
            405, "METHOD_NOT_ALLOWED", 406, "NOT_ACCEPTABLE", 413, "PAYLOAD_TOO_LARGE",
            415, "UNSUPPORTED_MEDIA_TYPE", 500, "INTERNAL_ERROR");
    private static final String FALLBACK_4XX = "REQUEST_REJECTED";
    private static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    private static final String MALFORMED_JSON = "MALFORMED_JSON";
    private static final String INVALID_VALUE = "INVALID_VALUE";
    private static final String MISSING_VALUE = "MISSING_VALUE";
    /** Every code this processor can answer with; each needs a title and a detail in every language. */
    static final Set<String> CODES = Stream.concat(CODES_BY_STATUS.values().stream(),
            Stream.of(FALLBACK_4XX, VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE, MISSING_VALUE))
            .collect(Collectors.toUnmodifiableSet());
    /** Field messages this processor uses itself, besides field.&lt;Constraint&gt; of each violation. */
    static final Set<String> FIELD_KEYS = Set.of("field.InvalidValue", "field.NotNull");
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);
    private final ProblemResponses problems;

    public ProblemErrorResponseProcessor(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> base) {
        HttpRequest<?> request = context.getRequest();
        Throwable cause = context.getRootCause().orElse(null);
        HttpStatus status = base.getStatus();
        String code = CODES_BY_STATUS.getOrDefault(status.getCode(), status.getCode() >= 500 ? "INTERNAL_ERROR"
                : FALLBACK_4XX);
        List<Problem.FieldError> errors = List.of();
        Locale locale = problems.messages().localeOf(request);
        if (cause instanceof ConstraintViolationException violations) {
            code = VALIDATION_FAILED;
            errors = fieldErrors(violations, locale);
        } else if (cause instanceof JsonSyntaxException) {
            code = MALFORMED_JSON;
        } else if (cause instanceof ConversionErrorException conversion && status == HttpStatus.BAD_REQUEST) {
            LOG.debug("Unconvertible input", conversion);
            code = INVALID_VALUE;
            errors = List.of(new Problem.FieldError(InvalidValues.field(conversion),
                    problems.messages().text(locale, "field.InvalidValue")));
        } else if (cause instanceof UnsatisfiedArgumentException || cause instanceof UnsatisfiedRouteException) {
            code = MISSING_VALUE;
            errors = List.of(new Problem.FieldError(InvalidValues.field(cause),
                    problems.messages().text(locale, "field.NotNull")));
        }
        if (status.getCode() >= 500) {
            LOG.error("Unexpected failure answering {} {} (request id {})", request.getMethodName(), request.getPath(),
                    RequestIds.of(request).orElse("-"), cause);
        }
        MutableHttpResponse<Problem> problem = problems.of(request, status, code, errors);
        base.getHeaders().forEach((name, values) -> {
            if (status != HttpStatus.FORBIDDEN || !HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.contentType(ProblemResponses.PROBLEM_JSON);
    }

    private List<Problem.FieldError> fieldErrors(ConstraintViolationException exception, Locale locale) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String message = problems.messages().text(locale, "field." + constraint);
            if (message == null) {
                message = problems.messages().text(locale, "field.InvalidValue");
            }
            Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
            for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
                message = message.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
            }
            errors.add(new Problem.FieldError(lastName(violation.getPropertyPath()), message));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return errors;
    }

    private static String lastName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
