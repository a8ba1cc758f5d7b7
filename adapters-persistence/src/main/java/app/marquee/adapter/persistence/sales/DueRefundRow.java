package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A PENDING refund with what its payment captured and already refunded. */
@MappedEntity("refunds")
record DueRefundRow(@Id UUID id, String idempotencyKey, long amountMinor, int failures, String providerPaymentId,
                    long capturedMinor, long refundedMinor, String currency) {
}
