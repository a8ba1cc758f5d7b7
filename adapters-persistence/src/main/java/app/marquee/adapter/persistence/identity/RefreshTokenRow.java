package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code refresh_tokens}, keyed by the token's SHA-256 in hex. */
@MappedEntity("refresh_tokens")
record RefreshTokenRow(
        @Id String digest,
        UUID sessionId,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {
}
