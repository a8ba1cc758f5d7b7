package app.marquee.adapter.persistence.identity;

import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.identity.session.TokenDigest;

/** Between a {@link RefreshToken} and its row. */
final class RefreshTokenMapper {
    private RefreshTokenMapper() {
    }

    static RefreshTokenRow toRow(RefreshToken token) {
        return new RefreshTokenRow(
                token.digest().hex(),
                token.sessionId().value(),
                token.issuedAt(),
                token.expiresAt(),
                token.usedAt().orElse(null));
    }

    static RefreshToken toDomain(RefreshTokenRow row) {
        return RefreshToken.rehydrate(
                new TokenDigest(row.digest()),
                new SessionId(row.sessionId()),
                row.issuedAt(),
                row.expiresAt(),
                row.usedAt());
    }
}
