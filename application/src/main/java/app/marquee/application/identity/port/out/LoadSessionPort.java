package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.identity.session.TokenDigest;

import java.util.List;
import java.util.Optional;

/** Finds sessions, and refresh tokens by their digest. */
public interface LoadSessionPort {
    Optional<Session> byId(SessionId id);

    Optional<RefreshToken> tokenByDigest(TokenDigest digest);

    List<Session> ofAccount(AccountId accountId);
}
