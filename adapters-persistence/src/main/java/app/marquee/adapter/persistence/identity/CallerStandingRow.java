package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An account's row with the claimed session's beside it ({@code session_*}: all empty when there is none). */
@Introspected
record CallerStandingRow(
        UUID id,
        String email,
        String passwordHash,
        String displayName,
        String language,
        @Nullable String phone,
        String role,
        String status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant closedAt,
        @Nullable Instant emailVerifiedAt,
        long version,
        @Nullable UUID sessionId,
        @Nullable UUID sessionAccountId,
        @Nullable Instant sessionCreatedAt,
        @Nullable Instant sessionLastRefreshedAt,
        @Nullable Instant sessionRevokedAt,
        @Nullable String sessionRevocationReason) {

    AccountRow account() {
        return new AccountRow(id, email, passwordHash, displayName, language, phone, role, status, createdAt,
                updatedAt, closedAt, emailVerifiedAt, version);
    }

    Optional<SessionRow> session() {
        return sessionId == null ? Optional.empty() : Optional.of(new SessionRow(sessionId, sessionAccountId,
                sessionCreatedAt, sessionLastRefreshedAt, sessionRevokedAt, sessionRevocationReason));
    }
}
