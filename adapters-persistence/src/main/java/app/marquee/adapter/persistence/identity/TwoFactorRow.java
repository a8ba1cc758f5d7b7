package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code two_factors}: the secret as the TOTP adapter sealed it. */
@MappedEntity("two_factors")
record TwoFactorRow(
        @Id UUID accountId,
        String sealedSecret,
        String status,
        Instant enrolledAt,
        @Nullable Instant enabledAt,
        @Nullable Long lastAcceptedStep) {
}
