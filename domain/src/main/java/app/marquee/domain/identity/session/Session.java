package app.marquee.domain.identity.session;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One sign-in of one account, from login to logout. Its refresh tokens rotate: each use of the
 * current token returns a new one and retires the old. A retired token presented again is the
 * mark of a stolen token, so the whole session is revoked and both thief and owner must sign in
 * again. Access tokens name their session, so revoking it stops them too.
 */
public final class Session {
    private final SessionId id;
    private final AccountId accountId;
    private final Instant createdAt;
    private Instant lastRefreshedAt;
    private Instant revokedAt;
    private RevocationReason revocationReason;

    private Session(SessionId id, AccountId accountId, Instant createdAt, Instant lastRefreshedAt,
                    Instant revokedAt, RevocationReason revocationReason) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.lastRefreshedAt = Objects.requireNonNull(lastRefreshedAt);
        this.revokedAt = revokedAt;
        this.revocationReason = revocationReason;
        if ((revokedAt == null) != (revocationReason == null)) {
            throw new IllegalArgumentException("a revoked session says when and why");
        }
    }

    /** Opens a session at login and issues its first refresh token. */
    public static Opened open(AccountId accountId, Instant now, Duration tokenTtl, SecureRandom random) {
        Session session = new Session(SessionId.newId(), accountId, now, now, null, null);
        return new Opened(session, session.issue(now, tokenTtl, random));
    }

    /** For the persistence adapter only. */
    public static Session rehydrate(SessionId id, AccountId accountId, Instant createdAt, Instant lastRefreshedAt,
                                    Instant revokedAt, RevocationReason reason) {
        return new Session(id, accountId, createdAt, lastRefreshedAt, revokedAt, reason);
    }

    /**
     * Trades the presented token for the next one. Refused if the session is revoked or the
     * token expired; a token already used revokes the session.
     */
    public Outcome<IssuedRefreshToken> rotate(RefreshToken presented, Instant now, Duration tokenTtl,
                                              SecureRandom random) {
        if (!presented.sessionId().equals(id)) {
            throw new IllegalArgumentException("token belongs to another session");
        }
        if (isRevoked()) {
            return Outcome.rejected(IdentityRejection.SESSION_REVOKED);
        }
        if (presented.usedAt().isPresent()) {
            revoke(RevocationReason.TOKEN_REUSED, now);
            return Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED);
        }
        if (presented.isExpiredAt(now)) {
            return Outcome.rejected(IdentityRejection.INVALID_REFRESH_TOKEN);
        }
        presented.markUsed(now);
        lastRefreshedAt = now;
        return Outcome.accepted(issue(now, tokenTtl, random));
    }

    /** Ends the session; the first reason given is the one kept. */
    public void revoke(RevocationReason reason, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revocationReason = Objects.requireNonNull(reason);
        }
    }

    private IssuedRefreshToken issue(Instant now, Duration ttl, SecureRandom random) {
        String secret = OpaqueToken.generate(random);
        return new IssuedRefreshToken(secret, RefreshToken.issue(TokenDigest.of(secret), id, now, ttl));
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public SessionId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastRefreshedAt() {
        return lastRefreshedAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<RevocationReason> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }

    /** A new session together with its first refresh token. */
    public record Opened(Session session, IssuedRefreshToken refreshToken) {
    }
}
