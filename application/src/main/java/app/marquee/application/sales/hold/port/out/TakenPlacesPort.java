package app.marquee.application.sales.hold.port.out;

import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.SeatId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is taken of a show now, as claims: each seat a live hold has (HELD) or a valid ticket has
 * (SOLD), and per area the places of live holds and valid tickets together (as one HELD claim).
 * Holds whose time is up count for nothing, lapsed or not; {@code leftOut} (the buyer's own hold,
 * which a new one would replace) does not count either.
 */
public interface TakenPlacesPort {
    List<Claim> takenAt(ShowId show, Optional<HoldId> leftOut, Instant now);

    /**
     * The same, of these seats only (and of every area): what a hold naming its seats needs, read
     * without the claims of the rest of the show (the cost of a hold then stays the same as the show fills).
     */
    List<Claim> takenOf(ShowId show, Set<SeatId> seats, Optional<HoldId> leftOut, Instant now);
}
