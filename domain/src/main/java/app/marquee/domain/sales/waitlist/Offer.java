package app.marquee.domain.sales.waitlist;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.show.TierId;

import java.time.Instant;
import java.util.Objects;

/**
 * Places at a tier offered to someone on a waiting list until {@code expiresAt}: the caller reserves
 * them as an OFFER hold with the same end, and tells the entrant.
 */
public record Offer(AccountId entrant, TierId tier, int places, Instant expiresAt) {
    public Offer {
        Objects.requireNonNull(entrant, "entrant");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(expiresAt, "expires at");
        if (places < 1) {
            throw new IllegalArgumentException("an offer is for one place at least");
        }
    }
}
