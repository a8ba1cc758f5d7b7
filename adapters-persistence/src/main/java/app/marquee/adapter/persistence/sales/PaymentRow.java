package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code payments}: an attempt to pay for a hold; a card only as brand and last four digits. */
@MappedEntity("payments")
record PaymentRow(@Id UUID id, UUID holdId, UUID buyerId, long amountMinor, String currency, String state,
                  @Nullable String providerPaymentId, @Nullable String cardBrand, @Nullable String cardLast4,
                  @Nullable UUID orderId, long refundedMinor, Instant createdAt) {
}
