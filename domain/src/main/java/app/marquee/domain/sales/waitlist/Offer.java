package app.marquee.domain.sales.waitlist;

import app.marquee.domain.identity.account.AccountId;

import java.time.Instant;
import java.util.Objects;

/**
 * Places offered to someone on a waiting list until {@code expiresAt}: the caller reserves them as
 * an OFFER hold with the same end, and tells the entrant.
 */
public record Offer(AccountId entrant, int places, Instant expiresAt) {
    public Offer {
        Objects.requireNonNull(entrant, "entrant");
        Objects.requireNonNull(expiresAt, "expires at");
        if (places < 1) {
            throw new IllegalArgumentException("an offer is for one place at least");
        }
    }
}
