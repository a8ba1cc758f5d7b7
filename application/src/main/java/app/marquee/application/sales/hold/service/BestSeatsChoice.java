package app.marquee.application.sales.hold.service;

import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase.BestSeats;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.seating.BestAvailable;
import app.marquee.domain.sales.seating.SeatRequest;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatMap;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns "the best N seats of this tier" into the seats to hold, with the placement's own refusals
 * first (the show's, TIER_NOT_FOUND, TIER_NOT_APPLICABLE for a tier without seats,
 * PER_ORDER_LIMIT_EXCEEDED): {@link BestAvailable} over the seats nobody has, side by side when
 * asked together (else NOT_ENOUGH_ADJACENT_SEATS), or the best single seats one after another
 * (else NOT_ENOUGH_SEATS). The placement then judges the seats like any others.
 */
final class BestSeatsChoice {
    private BestSeatsChoice() {
    }

    static Outcome<List<HoldRequest.Item>> choose(Show show, SeatMap map, Collection<Claim> taken, BestSeats ask,
                                                  Instant now) {
        Outcome<Show> open = show.acceptsSalesAt(now);
        if (open instanceof Outcome.Rejected<Show> closed) {
            return Outcome.rejected(closed.rejection());
        }
        PriceTier tier = show.terms().tier(ask.tier()).orElse(null);
        if (tier == null) {
            return Outcome.rejected(Rejection.about(SalesRejection.TIER_NOT_FOUND, List.of(ask.tier().toString())));
        }
        if (tier.seatKinds().isEmpty()) {
            return Outcome.rejected(Rejection.about(SalesRejection.TIER_NOT_APPLICABLE, List.of(tier.id().toString())));
        }
        if (!show.terms().perOrderLimit().allows(ask.quantity())) {
            return Outcome.rejected(SalesRejection.PER_ORDER_LIMIT_EXCEEDED);
        }
        Set<SeatId> busy = new HashSet<>();
        taken.forEach(claim -> claim.seat().ifPresent(busy::add));
        Outcome<List<Seat>> seats = ask.together()
                ? BestAvailable.choose(map, busy, new SeatRequest(tier.seatKinds(), ask.quantity(), ask.section()))
                : oneByOne(map, busy, tier, ask);
        return seats.map(chosen -> chosen.stream().map(seat -> HoldRequest.Item.seat(seat.id(), tier.id())).toList());
    }

    private static Outcome<List<Seat>> oneByOne(SeatMap map, Set<SeatId> busy, PriceTier tier, BestSeats ask) {
        List<Seat> chosen = new ArrayList<>();
        for (int i = 0; i < ask.quantity(); i++) {
            Outcome<List<Seat>> next = BestAvailable.choose(map, busy, new SeatRequest(tier.seatKinds(), 1, ask.section()));
            if (!(next instanceof Outcome.Accepted<List<Seat>> one)) {
                return Outcome.rejected(SalesRejection.NOT_ENOUGH_SEATS);
            }
            chosen.add(one.value().get(0));
            busy.add(one.value().get(0).id());
        }
        return Outcome.accepted(chosen);
    }
}
