package app.marquee.domain.identity.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One link in a session's chain of refresh tokens. A refresh token is good for exactly one
 * use: using it yields the next one. Seeing a used token again means it was stolen or leaked,
 * and the whole session is revoked (see {@link Session#rotate}).
 */
public final class RefreshToken {
    private final TokenDigest digest;
    private final SessionId sessionId;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private Instant usedAt;

    private RefreshToken(TokenDigest digest, SessionId sessionId, Instant issuedAt, Instant expiresAt,
                         Instant usedAt) {
        this.digest = Objects.requireNonNull(digest);
        this.sessionId = Objects.requireNonNull(sessionId);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.usedAt = usedAt;
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a refresh token expires after it is issued");
        }
    }

    static RefreshToken issue(TokenDigest digest, SessionId sessionId, Instant now, Duration ttl) {
        return new RefreshToken(digest, sessionId, now, now.plus(ttl), null);
    }

    /** For the persistence adapter only. */
    public static RefreshToken rehydrate(TokenDigest digest, SessionId sessionId, Instant issuedAt,
                                         Instant expiresAt, Instant usedAt) {
        return new RefreshToken(digest, sessionId, issuedAt, expiresAt, usedAt);
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }

    public TokenDigest digest() {
        return digest;
    }

    public SessionId sessionId() {
        return sessionId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }
}
