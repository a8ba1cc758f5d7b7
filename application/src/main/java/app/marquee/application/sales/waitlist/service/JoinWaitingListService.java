package app.marquee.application.sales.waitlist.service;

import app.marquee.application.sales.hold.SeatingPlans;
import app.marquee.application.sales.hold.port.out.TakenPlacesPort;
import app.marquee.application.sales.show.port.in.ViewShowQuery;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.waitlist.WaitingEntryView;
import app.marquee.application.sales.waitlist.port.in.JoinWaitingListUseCase;
import app.marquee.application.sales.waitlist.port.out.WaitingListsPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.PurchaseEligibility;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.waitlist.WaitingList;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Joins under the line's lock: the tier counts as sold out when what is free of it now is no more
 * than those already waiting for it want (returned places are theirs), and the store's unique
 * open entry per person answers a concurrent second request with ALREADY_ON_WAITING_LIST.
 */
@Singleton
public class JoinWaitingListService implements JoinWaitingListUseCase {
    private final ViewShowQuery shows;
    private final LoadVenuePort venues;
    private final TakenPlacesPort taken;
    private final WaitingListsPort lines;
    private final PurchaseEligibility eligibility;
    private final Clock clock;

    public JoinWaitingListService(ViewShowQuery shows, LoadVenuePort venues, TakenPlacesPort taken,
                                  WaitingListsPort lines, PurchaseEligibility eligibility, Clock clock) {
        this.shows = shows;
        this.venues = venues;
        this.taken = taken;
        this.lines = lines;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<WaitingEntryView> join(Command command) {
        Optional<IdentityRejection> ineligible = eligibility.blocker(command.entrantEmailVerified());
        if (ineligible.isPresent()) {
            return Outcome.rejected(ineligible.get());
        }
        Instant now = clock.instant();
        AccountId entrant = command.entrant().account().orElseThrow();
        return shows.view(command.show(), command.entrant()).flatMap(show -> show.acceptsSalesAt(now))
                .flatMap(show -> show.terms().tier(command.tier()).<Outcome<PriceTier>>map(Outcome::accepted)
                        .orElse(Outcome.rejected(Rejection.about(SalesRejection.TIER_NOT_FOUND,
                                List.of(command.tier().toString()))))
                        .flatMap(tier -> {
                            WaitingList list = lines.lockLine(show.id());
                            boolean soldOut = free(show, tier, now)
                                    <= list.wishesBesides(entrant).getOrDefault(tier.id(), 0);
                            return list.join(entrant, tier.id(), command.places(), show.terms().perOrderLimit(),
                                    soldOut, now).flatMap(entry -> lines.add(show.id(), entry, now)
                                    ? Outcome.accepted(new WaitingEntryView(entry, list.positionOf(entrant),
                                    Optional.empty()))
                                    : Outcome.rejected(SalesRejection.ALREADY_ON_WAITING_LIST));
                        }));
    }

    private int free(Show show, PriceTier tier, Instant now) {
        SeatingPlan plan = SeatingPlans.of(venues.byId(show.venue()).orElseThrow().seatMap());
        return Inventory.of(plan, SeatingPlans.within(plan, taken.takenAt(show.id(), Optional.empty(), now)))
                .remainingFor(tier);
    }
}
