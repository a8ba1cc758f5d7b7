package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.RefreshSessionCommand;
import app.marquee.application.identity.port.in.SignOutUseCase;
import app.marquee.application.identity.port.out.LoadSessionPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.TokenDigest;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

@Singleton
public class SignOutService implements SignOutUseCase {
    private final LoadSessionPort sessions;
    private final SaveSessionPort saveSession;
    private final Clock clock;

    public SignOutService(LoadSessionPort sessions, SaveSessionPort saveSession, Clock clock) {
        this.sessions = sessions;
        this.saveSession = saveSession;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void signOut(RefreshSessionCommand command) {
        sessions.tokenByDigest(TokenDigest.of(command.refreshToken()))
                .flatMap(token -> sessions.byId(token.sessionId()))
                .filter(session -> !session.isRevoked())
                .ifPresent(session -> {
                    session.revoke(RevocationReason.SIGNED_OUT, clock.instant());
                    saveSession.update(session);
                });
    }
}
