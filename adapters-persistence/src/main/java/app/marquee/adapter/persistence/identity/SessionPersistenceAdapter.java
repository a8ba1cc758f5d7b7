package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.LoadSessionPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions and their refresh tokens in PostgreSQL. A refresh token is used once even when two
 * requests present it at the same moment on two instances: marking it used is a conditional
 * update, and only the request that changed the row goes on to write the next token.
 * The statements of one call are atomic when the caller's transaction holds them.
 */
@Singleton
public class SessionPersistenceAdapter implements LoadSessionPort, SaveSessionPort {
    private final SessionRepository sessions;
    private final RefreshTokenRepository tokens;

    SessionPersistenceAdapter(SessionRepository sessions, RefreshTokenRepository tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Override
    public Optional<Session> byId(SessionId id) {
        return sessions.findById(id.value()).map(SessionMapper::toDomain);
    }

    @Override
    public Optional<RefreshToken> tokenByDigest(TokenDigest digest) {
        return tokens.findById(digest.hex()).map(RefreshTokenMapper::toDomain);
    }

    @Override
    public List<Session> ofAccount(AccountId accountId) {
        return sessions.findByAccountIdOrderByCreatedAt(accountId.value()).stream()
                .map(SessionMapper::toDomain).toList();
    }

    @Override
    public void open(Session session, RefreshToken first) {
        sessions.save(SessionMapper.toRow(session));
        tokens.save(RefreshTokenMapper.toRow(first));
    }

    @Override
    public Outcome<Session> rotate(Session session, RefreshToken used, RefreshToken next) {
        Instant usedAt = used.usedAt()
                .orElseThrow(() -> new IllegalArgumentException("rotate a token the session has marked used"));
        if (tokens.markUsed(used.digest().hex(), usedAt) == 0) {
            return Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED);
        }
        update(session);
        tokens.save(RefreshTokenMapper.toRow(next));
        return Outcome.accepted(session);
    }

    @Override
    public void update(Session session) {
        SessionRow row = SessionMapper.toRow(session);
        sessions.updateState(row.id(), row.lastRefreshedAt(), row.revokedAt(), row.revocationReason());
    }

    @Override
    public int revokeAll(AccountId accountId, Optional<SessionId> keep, RevocationReason reason, Instant now) {
        UUID kept = keep.map(SessionId::value).orElse(null);
        return sessions.revokeLive(accountId.value(), kept, reason.name(), now);
    }
}
