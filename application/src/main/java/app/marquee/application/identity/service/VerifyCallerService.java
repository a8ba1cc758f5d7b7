package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.VerifyCallerQuery;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.LoadSessionPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Runs on every authenticated request: the account and the session are read again so that a
 * disabled or closed account, a revoked session or a changed role stops the token at once. The two
 * reads need no common snapshot (each refusal is right on its own), so they run without a
 * transaction of their own: two statements instead of four on every request.
 */
@Singleton
public class VerifyCallerService implements VerifyCallerQuery {
    private final LoadAccountPort accounts;
    private final LoadSessionPort sessions;

    public VerifyCallerService(LoadAccountPort accounts, LoadSessionPort sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public Outcome<Caller> verify(Claim claim) {
        Optional<Account> account = accounts.byId(claim.accountId());
        if (account.isEmpty()) {
            // A token for an account that no longer exists is a dead token, not a missing resource.
            return Outcome.rejected(IdentityRejection.SESSION_REVOKED);
        }
        Optional<IdentityRejection> blocker = account.get().signInBlocker();
        if (blocker.isPresent()) {
            return Outcome.rejected(blocker.get());
        }
        Optional<Session> session = sessions.byId(claim.sessionId());
        if (session.isEmpty() || session.get().isRevoked() || !session.get().accountId().equals(claim.accountId())) {
            return Outcome.rejected(IdentityRejection.SESSION_REVOKED);
        }
        if (account.get().role() != claim.role()) {
            return Outcome.rejected(IdentityRejection.TOKEN_OUTDATED);
        }
        return Outcome.accepted(new Caller(claim.accountId(), claim.sessionId(), claim.role(),
                account.get().emailVerified()));
    }
}
