package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.RefreshSessionCommand;
import app.marquee.application.identity.port.in.RefreshSessionUseCase;
import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.LoadSessionPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.IssuedRefreshToken;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Singleton
public class RefreshSessionService implements RefreshSessionUseCase {
    private final LoadSessionPort sessions;
    private final SaveSessionPort saveSession;
    private final LoadAccountPort accounts;
    private final SessionOpener opener;
    private final Clock clock;

    public RefreshSessionService(LoadSessionPort sessions, SaveSessionPort saveSession, LoadAccountPort accounts,
                                 SessionOpener opener, Clock clock) {
        this.sessions = sessions;
        this.saveSession = saveSession;
        this.accounts = accounts;
        this.opener = opener;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<SessionTokens> refresh(RefreshSessionCommand command) {
        Optional<RefreshToken> presented = sessions.tokenByDigest(TokenDigest.of(command.refreshToken()));
        Optional<Session> session = presented.flatMap(token -> sessions.byId(token.sessionId()));
        if (session.isEmpty()) {
            return Outcome.rejected(IdentityRejection.INVALID_REFRESH_TOKEN);
        }
        Account account = accounts.byId(session.get().accountId()).orElseThrow();
        if (account.signInBlocker().isPresent()) {
            return Outcome.rejected(IdentityRejection.SESSION_REVOKED);
        }
        Instant now = clock.instant();
        Outcome<IssuedRefreshToken> next = opener.rotate(session.get(), presented.get(), now);
        if (next instanceof Outcome.Rejected<IssuedRefreshToken> rejected) {
            saveSession.update(session.get());
            return Outcome.rejected(rejected.rejection());
        }
        IssuedRefreshToken issued = ((Outcome.Accepted<IssuedRefreshToken>) next).value();
        Outcome<Session> rotated = saveSession.rotate(session.get(), presented.get(), issued.token());
        if (rotated instanceof Outcome.Rejected<Session> lostRace) {
            // Another request used this token between our read and our write: a reuse like any other.
            session.get().revoke(RevocationReason.TOKEN_REUSED, now);
            saveSession.update(session.get());
            return Outcome.rejected(lostRace.rejection());
        }
        return rotated.map(saved -> opener.tokens(account, saved, issued));
    }
}
