package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.shared.Outcome;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Places a hold the way the application does: lapse, read, let the domain decide, save, in one transaction. */
final class HoldPlacementTestSupport {
    private HoldPlacementTestSupport() {
    }

    static Outcome<Hold> place(TransactionOperations<Connection> transactions, HoldPersistenceAdapter holds,
                               HoldPlacementPersistenceAdapter placing, HoldPlacement placement, HoldRequest request,
                               Show show, Venue venue, Instant now) {
        try {
            return transactions.executeWrite(status -> {
                holds.lapseDueOf(show.id(), now);
                Optional<Hold> own = placing.activeHoldOf(show.id(), request.buyer());
                Outcome<PlacedHold> placed = placement.place(request, show, HoldFixtures.plan(venue),
                        own.stream().toList(), holds.takenAt(show.id(), own.map(Hold::id), now), now);
                if (placed instanceof Outcome.Accepted<PlacedHold> accepted) {
                    placing.save(accepted.value(), now);
                }
                return placed.map(PlacedHold::hold);
            });
        } catch (HoldRaceLostException lost) {
            return Outcome.rejected(lost.rejection());
        }
    }

    /** A hold the domain accepts when it is told nothing is taken: to save against a store that knows better. */
    static Hold placedWithout(HoldPlacement placement, AccountId buyer, Show show, Venue venue, Instant now,
                              HoldRequest.Item... items) {
        return ((Outcome.Accepted<PlacedHold>) placement.place(new HoldRequest(buyer, show.id(), List.of(items)), show,
                HoldFixtures.plan(venue), List.of(), List.of(), now)).value().hold();
    }
}
