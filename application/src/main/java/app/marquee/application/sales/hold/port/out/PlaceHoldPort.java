package app.marquee.application.sales.hold.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.show.ShowId;

import java.time.Instant;
import java.util.Optional;

/**
 * The store's side of placing a hold, in the caller's transaction, after {@link ExpireHoldsPort#lapseDueOf}.
 * Rows are locked in one order by every writer: holds, then area stock by area, then seat claims by seat.
 */
public interface PlaceHoldPort {

    /** The buyer's ACTIVE hold on the show, locked until the transaction ends (one at most). */
    Optional<Hold> activeHoldOf(ShowId show, AccountId buyer);

    /**
     * Saves what {@code HoldPlacement} decided, all or nothing: the replaced hold ended (its seats
     * and places given back), the new hold with its items, its seats claimed (a free seat, one whose
     * hold has lapsed by {@code now}, or one of the replaced hold) and its area places taken
     * ({@code taken + n <= capacity}).
     *
     * @throws HoldRaceLostException when another buyer got there first (SEATS_UNAVAILABLE listing
     *         the seats, AREA_SOLD_OUT naming the area) or a concurrent request of the same buyer
     *         changed their hold (CONCURRENT_UPDATE): the caller's transaction must roll back whole
     */
    void save(PlacedHold placed, Instant now);
}
