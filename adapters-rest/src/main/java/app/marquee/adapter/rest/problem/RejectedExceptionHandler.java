package app.marquee.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
public class RejectedExceptionHandler implements ExceptionHandler<RejectedException, HttpResponse<Problem>> {
    private final ProblemResponses problems;

    public RejectedExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RejectedException exception) {
        return problems.of(request, exception.rejection());
    }
}
