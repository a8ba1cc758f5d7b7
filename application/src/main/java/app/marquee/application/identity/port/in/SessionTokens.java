package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.SessionId;

import java.time.Duration;

/** What a client keeps after signing in or refreshing: a short access token and the next refresh token. */
public record SessionTokens(Account account, SessionId sessionId, String accessToken, Duration expiresIn,
                            String refreshToken) {
    @Override
    public String toString() {
        return "SessionTokens[" + sessionId + "]";
    }
}
