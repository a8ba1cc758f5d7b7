package app.marquee.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A value object refused its input (input that passed the edge's validation but not the
 * domain's own checks): the caller sent something invalid, so it is a 400, not a 500.
 */
@Singleton
public class IllegalArgumentHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<Problem>> {
    private final ProblemResponses problems;

    public IllegalArgumentHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IllegalArgumentException exception) {
        return problems.of(request, HttpStatus.BAD_REQUEST, "INVALID_VALUE", List.of());
    }
}
