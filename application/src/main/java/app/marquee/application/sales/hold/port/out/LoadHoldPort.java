package app.marquee.application.sales.hold.port.out;

import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;

import java.util.Optional;

/** Reads a hold with its items (placeholder until the holds branch lands its own). */
public interface LoadHoldPort {
    Optional<Hold> byId(HoldId id);
}
