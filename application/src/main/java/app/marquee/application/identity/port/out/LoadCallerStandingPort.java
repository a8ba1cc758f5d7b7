package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;

import java.util.Objects;
import java.util.Optional;

/**
 * What every authenticated request checks its token against: the account the token names and the
 * session it claims, read together in one round trip (the caller check runs on every request).
 */
public interface LoadCallerStandingPort {
    /** The account if it exists, with the session if that exists, whoever the session belongs to. */
    Optional<CallerStanding> standing(AccountId account, SessionId session);

    record CallerStanding(Account account, Optional<Session> session) {
        public CallerStanding {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(session, "session");
        }
    }
}
