package app.marquee.application.sales.hold.port.out;

import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;

import java.util.Optional;

/**
 * Reads one hold as stored, whoever it belongs to (the caller checks the buyer), with its items in
 * the order they were asked for and the promo code it carries, if any. A hold whose time is up is
 * returned as stored (ACTIVE until the expiry job or a buyer lapses it): {@code Hold#isLiveAt}
 * and {@code Hold#convertFor} tell it is over.
 */
public interface LoadHoldPort {
    Optional<Hold> byId(HoldId id);
}
