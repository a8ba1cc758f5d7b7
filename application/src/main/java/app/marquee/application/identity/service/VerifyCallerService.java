package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.VerifyCallerQuery;
import app.marquee.application.identity.port.out.LoadCallerStandingPort;
import app.marquee.application.identity.port.out.LoadCallerStandingPort.CallerStanding;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Runs on every authenticated request: the account and the session are read again so that a
 * disabled or closed account, a revoked session or a changed role stops the token at once. Both
 * come back from one read without a transaction of its own: one statement on every request.
 */
@Singleton
public class VerifyCallerService implements VerifyCallerQuery {
    private final LoadCallerStandingPort standings;

    public VerifyCallerService(LoadCallerStandingPort standings) {
        this.standings = standings;
    }

    @Override
    public Outcome<Caller> verify(Claim claim) {
        Optional<CallerStanding> standing = standings.standing(claim.accountId(), claim.sessionId());
        if (standing.isEmpty()) {
            // A token for an account that no longer exists is a dead token, not a missing resource.
            return Outcome.rejected(IdentityRejection.SESSION_REVOKED);
        }
        Account account = standing.get().account();
        Optional<IdentityRejection> blocker = account.signInBlocker();
        if (blocker.isPresent()) {
            return Outcome.rejected(blocker.get());
        }
        Optional<Session> session = standing.get().session();
        if (session.isEmpty() || session.get().isRevoked() || !session.get().accountId().equals(claim.accountId())) {
            return Outcome.rejected(IdentityRejection.SESSION_REVOKED);
        }
        if (account.role() != claim.role()) {
            return Outcome.rejected(IdentityRejection.TOKEN_OUTDATED);
        }
        return Outcome.accepted(new Caller(claim.accountId(), claim.sessionId(), claim.role(),
                account.emailVerified()));
    }
}
