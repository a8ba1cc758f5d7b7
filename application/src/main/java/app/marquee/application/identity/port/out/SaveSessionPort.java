package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Optional;

/** Stores sign-in sessions and their refresh tokens. */
public interface SaveSessionPort {
    void open(Session session, RefreshToken first);

    /**
     * Records a rotation: the used token, the session and its next token. The database makes
     * sure a token is used once: if another request used it first, the answer is
     * {@code REFRESH_TOKEN_REUSED} and nothing is written.
     */
    Outcome<Session> rotate(Session session, RefreshToken used, RefreshToken next);

    void update(Session session);

    /** Revokes every live session of the account except {@code keep}; returns how many. */
    int revokeAll(AccountId accountId, Optional<SessionId> keep, RevocationReason reason, Instant now);
}
