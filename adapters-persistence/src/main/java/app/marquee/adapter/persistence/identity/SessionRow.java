package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code sessions}: revoked at and revocation reason are both set or both empty. */
@MappedEntity("sessions")
record SessionRow(
        @Id UUID id,
        UUID accountId,
        Instant createdAt,
        Instant lastRefreshedAt,
        @Nullable Instant revokedAt,
        @Nullable String revocationReason) {
}
