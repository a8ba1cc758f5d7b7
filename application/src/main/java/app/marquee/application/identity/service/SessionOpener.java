package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.out.IssueAccessTokenPort;
import app.marquee.application.identity.port.out.IssueAccessTokenPort.AccessToken;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.IssuedRefreshToken;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Instant;

/** Opens a session for an account that has just proved who it is, and hands out its tokens. */
@Singleton
public class SessionOpener {
    private final SaveSessionPort saveSession;
    private final IssueAccessTokenPort accessTokens;
    private final SessionSettings settings;
    private final SecureRandom random = new SecureRandom();

    public SessionOpener(SaveSessionPort saveSession, IssueAccessTokenPort accessTokens, SessionSettings settings) {
        this.saveSession = saveSession;
        this.accessTokens = accessTokens;
        this.settings = settings;
    }

    SessionTokens open(Account account, Instant now) {
        Session.Opened opened = Session.open(account.id(), now, settings.refreshTokenTtl(), random);
        saveSession.open(opened.session(), opened.refreshToken().token());
        return tokens(account, opened.session(), opened.refreshToken());
    }

    SessionTokens tokens(Account account, Session session, IssuedRefreshToken refresh) {
        AccessToken access = accessTokens.issue(account, session.id());
        return new SessionTokens(account, session.id(), access.value(), access.expiresIn(), refresh.secret());
    }

    /** Trades a presented refresh token for the next one, as the session's rules allow. */
    Outcome<IssuedRefreshToken> rotate(Session session, RefreshToken presented, Instant now) {
        return session.rotate(presented, now, settings.refreshTokenTtl(), random);
    }
}
