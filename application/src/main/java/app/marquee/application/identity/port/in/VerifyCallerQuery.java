package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/**
 * Checks, on every authenticated request, that what a signed access token claims is still
 * true: the account is active, its session was not revoked, and its role has not changed.
 * This is what makes disabling, deletion, sign-out and role changes take effect at once.
 */
public interface VerifyCallerQuery {
    Outcome<Caller> verify(Claim claim);

    record Claim(AccountId accountId, SessionId sessionId, Role role) {
        public Claim {
            Objects.requireNonNull(accountId);
            Objects.requireNonNull(sessionId);
            Objects.requireNonNull(role);
        }
    }

    /** {@code emailVerified}: read with the account anyway, it lets purchases be judged without reading it again. */
    record Caller(AccountId accountId, SessionId sessionId, Role role, boolean emailVerified) {
    }
}
