package app.marquee.domain.sales.hold;

import java.util.Objects;
import java.util.Optional;

/**
 * A hold just placed, and the buyer's previous hold on the show that it replaced (now RELEASED, or
 * EXPIRED if its time was up): the store saves both in one transaction.
 */
public record PlacedHold(Hold hold, Optional<Hold> replaced) {
    public PlacedHold {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(replaced, "replaced");
    }
}
