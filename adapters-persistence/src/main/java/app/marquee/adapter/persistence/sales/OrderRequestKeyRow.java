package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code idempotency_keys}: a caller's key, its request's fingerprint and, once DONE, its outcome. */
@MappedEntity("idempotency_keys")
record OrderRequestKeyRow(@Id UUID accountId, String key, String fingerprint, String state, @Nullable UUID orderId,
                          @Nullable String rejectionCode, @Nullable String rejectionDetail, Instant updatedAt) {
}
