package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** The places wished at one tier by those waiting for a show. */
@Introspected
record TierWishRow(UUID tierId, long places) {
}
