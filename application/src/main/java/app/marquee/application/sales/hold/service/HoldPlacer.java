package app.marquee.application.sales.hold.service;

import app.marquee.application.sales.hold.HoldView;
import app.marquee.application.sales.hold.SeatingPlans;
import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase.Command;
import app.marquee.application.sales.hold.port.out.PlaceHoldPort;
import app.marquee.application.sales.hold.port.out.TakenPlacesPort;
import app.marquee.application.sales.promo.port.out.RedeemPromoCodePort;
import app.marquee.application.sales.show.port.in.ViewShowQuery;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.waitlist.port.out.WaitingWishesPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.waitlist.LineFirst;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One attempt at placing a hold, in one transaction (the show's due holds were lapsed just before, in
 * their own, by {@link PlaceHoldService}): the show as the buyer may see it, the buyer's own hold
 * locked, what others have read, the domain's decision saved (places that came back while people
 * wait for them are left to the waiting list: {@link LineFirst}).
 * A lost race is thrown by the store and rolls it all back; {@link PlaceHoldService} answers it.
 */
@Singleton
public class HoldPlacer {
    private final ViewShowQuery shows;
    private final LoadVenuePort venues;
    private final PlaceHoldPort placing;
    private final TakenPlacesPort taken;
    private final HoldPlacement placement;
    private final RedeemPromoCodePort promoCodes;
    private final WaitingWishesPort waiting;

    public HoldPlacer(ViewShowQuery shows, LoadVenuePort venues, PlaceHoldPort placing,
                      TakenPlacesPort taken, HoldPlacement placement, RedeemPromoCodePort promoCodes,
                      WaitingWishesPort waiting) {
        this.shows = shows;
        this.venues = venues;
        this.placing = placing;
        this.taken = taken;
        this.placement = placement;
        this.promoCodes = promoCodes;
        this.waiting = waiting;
    }

    @Transactional
    public Outcome<HoldView> place(Command command, Instant now) {
        return shows.view(command.show(), command.buyer()).flatMap(show -> {
            Venue venue = venues.byId(show.venue()).orElseThrow();
            AccountId buyer = command.buyer().account().orElseThrow();
            Optional<Hold> own = placing.activeHoldOf(show.id(), buyer);
            Seen seen = command.bestAvailable().isPresent() ? whole(show, venue, own, now)
                    : named(command, show, venue, own, now);
            return items(command, show, venue, seen.others(), now)
                    .flatMap(items -> placement.place(new HoldRequest(buyer, show.id(), items), show, seen.plan(),
                            own.stream().toList(), seen.others(), now))
                    .flatMap(placed -> lineFirst(placed, show, venue, own, seen, now))
                    .flatMap(placed -> withPromo(placed, command.promoCode(), show, own, now))
                    .map(placed -> {
                        placing.save(placed, now);
                        return new HoldView(placed.hold(), show, venue.seatMap());
                    });
        });
    }

    /** What others have taken, as a plan and its claims: of the whole show, or of the seats named only. */
    private record Seen(SeatingPlan plan, List<Claim> others, boolean whole) {
    }

    private Seen whole(Show show, Venue venue, Optional<Hold> own, Instant now) {
        SeatingPlan plan = SeatingPlans.of(venue.seatMap());
        return new Seen(plan, SeatingPlans.within(plan, taken.takenAt(show.id(), own.map(Hold::id), now)), true);
    }

    /** Seats named by id need only those seats and their claims (and the areas'), however large the venue. */
    private Seen named(Command command, Show show, Venue venue, Optional<Hold> own, Instant now) {
        Set<SeatId> seats = command.items().stream().flatMap(item -> item.seat().stream()).collect(Collectors.toSet());
        SeatingPlan plan = SeatingPlans.of(venue.seatMap(), seats);
        return new Seen(plan, SeatingPlans.within(plan, taken.takenOf(show.id(), seats, own.map(Hold::id), now)),
                false);
    }

    /** Places wished for by people waiting are theirs ({@link LineFirst}): judged on the whole show. */
    private Outcome<PlacedHold> lineFirst(PlacedHold placed, Show show, Venue venue, Optional<Hold> own, Seen seen,
                                          Instant now) {
        Map<TierId, Integer> wishes = waiting.wishesBesides(show.id(), placed.hold().buyer());
        if (wishes.isEmpty()) {
            return Outcome.accepted(placed);
        }
        Seen all = seen.whole() ? seen : whole(show, venue, own, now);
        return LineFirst.admits(placed.hold(), show.terms(), all.plan(), all.others(), wishes, now).map(hold -> placed);
    }

    /** The typed code, looked up under a lock of its row and judged by the domain, on the hold just placed. */
    private Outcome<PlacedHold> withPromo(PlacedHold placed, Optional<String> typed, Show show, Optional<Hold> own,
                                          Instant now) {
        if (typed.isEmpty()) {
            return Outcome.accepted(placed);
        }
        Hold hold = placed.hold();
        return show.event().flatMap(event -> promoCodes.lockedForHold(event, typed.get(), hold.buyer(),
                        own.map(Hold::id), now))
                .map(found -> HoldPlacement.applyPromo(hold, show, found.code(), found.usage(), now).map(h -> placed))
                .orElse(Outcome.rejected(SalesRejection.PROMO_CODE_UNKNOWN));
    }

    private static Outcome<List<HoldRequest.Item>> items(Command command, Show show, Venue venue, List<Claim> others,
                                                         Instant now) {
        return command.bestAvailable()
                .map(best -> BestSeatsChoice.choose(show, venue.seatMap(), others, best, now))
                .orElseGet(() -> Outcome.accepted(command.items()));
    }
}
