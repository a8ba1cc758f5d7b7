package app.marquee.application.sales.waitlist;

import java.time.Duration;
import java.util.Objects;

/** How long an offer to the next in line keeps its places ({@code MARQUEE_WAITLIST_OFFER_VALIDITY}, 2 hours by default). */
public record WaitingListSettings(Duration offerValidity) {
    public WaitingListSettings {
        Objects.requireNonNull(offerValidity, "offerValidity");
        if (offerValidity.isNegative() || offerValidity.isZero()) {
            throw new IllegalArgumentException("an offer lasts some time");
        }
    }
}
