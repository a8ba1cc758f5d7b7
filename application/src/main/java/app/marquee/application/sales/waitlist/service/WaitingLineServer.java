package app.marquee.application.sales.waitlist.service;

import app.marquee.application.sales.hold.SeatingPlans;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.application.sales.hold.port.out.ExpireHoldsPort;
import app.marquee.application.sales.hold.port.out.PlaceHoldPort;
import app.marquee.application.sales.hold.port.out.TakenPlacesPort;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.waitlist.WaitingListSettings;
import app.marquee.application.sales.waitlist.port.out.NotifyWaitingListPort;
import app.marquee.application.sales.waitlist.port.out.WaitingListsPort;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.waitlist.Offer;
import app.marquee.domain.sales.waitlist.WaitingEntry;
import app.marquee.domain.sales.waitlist.WaitingList;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Serves a show's waiting line in one transaction, under the line's lock (taken before any hold's):
 * due holds lapse, offers that ran out lapse, then for each tier what is free now is offered in line
 * order ({@code WaitingList#offer}) and reserved as OFFER holds through the hold store, which
 * guarantees no place is held twice; a race lost there rolls the whole round back for the next run.
 * An offer never outlives the show's sales window. Should the places not be found after all, the
 * entry is left WAITING in the store for the next round.
 */
@Singleton
public class WaitingLineServer {
    private final WaitingListsPort lines;
    private final LoadShowPort shows;
    private final LoadVenuePort venues;
    private final ExpireHoldsPort expiry;
    private final TakenPlacesPort taken;
    private final PlaceHoldPort placing;
    private final NotifyWaitingListPort notify;
    private final WaitingListSettings settings;

    public WaitingLineServer(WaitingListsPort lines, LoadShowPort shows, LoadVenuePort venues, ExpireHoldsPort expiry,
                             TakenPlacesPort taken, PlaceHoldPort placing, NotifyWaitingListPort notify,
                             WaitingListSettings settings) {
        this.lines = lines;
        this.shows = shows;
        this.venues = venues;
        this.expiry = expiry;
        this.taken = taken;
        this.placing = placing;
        this.notify = notify;
        this.settings = settings;
    }

    /** Serves the show unless another instance is serving it right now; how many offers were made. */
    @Transactional
    public int serve(ShowId id, Instant now) {
        return lines.lockLineUnlessBusy(id).map(list -> offer(list, id, now)).orElse(0);
    }

    /** Serves a line the caller has locked, in the caller's transaction. */
    public int offer(WaitingList list, ShowId id, Instant now) {
        Show show = shows.byId(id).orElseThrow();
        list.lapseOffers(now).forEach(lapsed -> lines.update(id, lapsed, Optional.empty(), now));
        if (show.acceptsSalesAt(now) instanceof Outcome.Rejected<Show> || list.waiting().isEmpty()) {
            return 0;
        }
        expiry.lapseDueOf(id, now);
        Venue venue = venues.byId(show.venue()).orElseThrow();
        SeatingPlan plan = SeatingPlans.of(venue.seatMap());
        List<Claim> claims = new ArrayList<>(SeatingPlans.within(plan, taken.takenAt(id, Optional.empty(), now)));
        Set<AccountId> holding = lines.entrantsHolding(id, now);
        Duration validity = validity(show, now);
        int made = 0;
        for (PriceTier tier : show.terms().tiers()) {
            int free = Inventory.of(plan, claims).remainingFor(tier);
            for (Offer offer : list.offer(tier.id(), free, validity, now, holding)) {
                Optional<List<HoldItem>> items = OfferedPlaces.choose(tier, venue.seatMap(), plan, claims,
                        offer.places());
                if (items.isEmpty()) {
                    continue;
                }
                Hold hold = Hold.offer(offer.entrant(), id, items.get(), now, offer.expiresAt());
                placing.save(new PlacedHold(hold, Optional.empty()), now);
                claims.addAll(hold.claimsAt(now));
                WaitingEntry entry = list.openEntry(offer.entrant()).orElseThrow();
                lines.update(id, entry, Optional.of(hold.id()), now);
                notify.offered(id, offer, hold.id());
                made++;
            }
        }
        return made;
    }

    private Duration validity(Show show, Instant now) {
        Duration left = Duration.between(now, show.terms().window().closes());
        return left.compareTo(settings.offerValidity()) < 0 ? left : settings.offerValidity();
    }
}
