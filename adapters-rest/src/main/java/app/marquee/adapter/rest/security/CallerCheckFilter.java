package app.marquee.adapter.rest.security;

import app.marquee.adapter.rest.problem.ProblemResponses;
import app.marquee.application.identity.port.in.VerifyCallerQuery;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/**
 * Runs right after Micronaut Security has validated a bearer token and checks, against the
 * database, that the token still speaks the truth (see {@link VerifyCallerQuery}). A token for
 * a disabled or deleted account, a signed-out session or a changed role gets 401. What the check
 * learnt (is the e-mail verified?) stays on the request for the routes that buy ({@link Callers#emailVerified}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CallerCheckFilter implements Ordered {
    private final VerifyCallerQuery verifyCaller;
    private final ProblemResponses problems;

    public CallerCheckFilter(VerifyCallerQuery verifyCaller, ProblemResponses problems) {
        this.verifyCaller = verifyCaller;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return null;
        }
        Outcome<VerifyCallerQuery.Caller> verdict = Callers.claim(authentication.get())
                .map(verifyCaller::verify)
                .orElseGet(() -> Outcome.rejected(IdentityRejection.SESSION_REVOKED));
        if (verdict instanceof Outcome.Rejected<VerifyCallerQuery.Caller> rejected) {
            return unauthorized(request, rejected.rejection());
        }
        request.setAttribute(Callers.VERIFIED_CALLER, ((Outcome.Accepted<VerifyCallerQuery.Caller>) verdict).value());
        return null;
    }

    /** Every code left here maps to 401 (ProblemStatuses), so the bearer challenge fits the status. */
    private HttpResponse<?> unauthorized(HttpRequest<?> request, Rejection rejection) {
        return problems.of(request, rejection).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
}
