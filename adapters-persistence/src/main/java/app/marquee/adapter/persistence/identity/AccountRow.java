package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code accounts}; enums are stored by name. */
@MappedEntity("accounts")
record AccountRow(
        @Id UUID id,
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
        long version) {
}
