package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code two_factor_recovery_codes}: a code's SHA-256 and when it was used. */
@MappedEntity("two_factor_recovery_codes")
record RecoveryCodeRow(
        UUID accountId,
        String digest,
        @Nullable Instant usedAt) {
}
