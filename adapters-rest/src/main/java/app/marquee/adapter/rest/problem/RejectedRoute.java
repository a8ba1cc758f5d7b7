package app.marquee.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Answers a use case's rejection ({@link RejectedException}) with the problem response for its
 * code, from any controller. A global error route rather than an {@code ExceptionHandler} bean: the
 * server finds error routes in a list kept at start-up, while it looked an exception handler up
 * among all bean definitions on every refusal (about 0.7 ms of processor each, and a flash sale's
 * losers are three refusals per ticket sold).
 */
@Hidden
@Controller
public class RejectedRoute {
    private final ProblemResponses problems;

    public RejectedRoute(ProblemResponses problems) {
        this.problems = problems;
    }

    @Error(global = true, exception = RejectedException.class)
    public HttpResponse<Problem> rejected(HttpRequest<?> request, RejectedException exception) {
        return problems.of(request, exception.rejection());
    }
}
