package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code account_tokens}, keyed by the token's SHA-256 in hex. */
@MappedEntity("account_tokens")
record AccountTokenRow(
        @Id String digest,
        String purpose,
        UUID accountId,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {
}
