package app.marquee.application.sales.waitlist.service;

import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.hold.fakes.InMemoryHolds;
import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase;
import app.marquee.application.sales.hold.service.HoldPlacer;
import app.marquee.application.sales.hold.service.PlaceHoldService;
import app.marquee.application.sales.hold.service.ReleaseHoldService;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.show.port.in.ViewShowQuery;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.application.sales.waitlist.WaitingEntryView;
import app.marquee.application.sales.waitlist.WaitingListSettings;
import app.marquee.application.sales.waitlist.fakes.InMemoryWaitingLists;
import app.marquee.application.sales.waitlist.port.in.JoinWaitingListUseCase;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.PurchaseEligibility;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldKind;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import app.marquee.domain.sales.waitlist.EntryState;
import app.marquee.domain.sales.waitlist.Offer;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingListServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryVenues venues = new InMemoryVenues();
    private final InMemoryShows shows = new InMemoryShows(venues);
    private final InMemoryHolds holds = new InMemoryHolds();
    private final InMemoryWaitingLists lines = new InMemoryWaitingLists(holds);
    private final List<Offer> notified = new ArrayList<>();
    private final Venue box = venues.add(box());
    private final Show show = shows.add(show(box));
    private final TierId tier = show.terms().tiers().get(0).id();
    private final ViewShowQuery visible = (id, reader) -> shows.byId(id).<Outcome<Show>>map(Outcome::accepted)
            .orElse(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
    private final WaitingLineServer server = new WaitingLineServer(lines, shows, venues, holds, holds, holds,
            (show, offer, hold) -> notified.add(offer), new WaitingListSettings(Duration.ofHours(2)));
    private final OfferReturnedPlacesService offers = new OfferReturnedPlacesService(server, lines, clock);
    private final JoinWaitingListService join = new JoinWaitingListService(visible, venues, holds, lines,
            new PurchaseEligibility(true), clock);
    private final LeaveWaitingListService leave = new LeaveWaitingListService(lines, holds, holds, server, clock);
    private final MyWaitingEntryService mine = new MyWaitingEntryService(lines, holds);
    private final PlaceHoldService place = new PlaceHoldService(new HoldPlacer(visible, venues, holds, holds,
            HoldPlacement.byDefault(), (event, typed, buyer, replaced, now) -> Optional.empty(), lines), holds, new PurchaseEligibility(true), clock);
    private final ReleaseHoldService release = new ReleaseHoldService(holds, holds, offers, clock);
    private final AccountId ann = AccountId.newId();
    private final AccountId bob = AccountId.newId();
    private final AccountId cat = AccountId.newId();

    @Test
    void onlyASoldOutTierHasALineAndEachIsInItOnce() {
        assertThat(join.join(wish(bob, 1))).isEqualTo(Outcome.rejected(SalesRejection.SHOW_NOT_SOLD_OUT));
        Hold annsHold = hold(ann, 0, 1);

        assertThat(accepted(join.join(wish(bob, 1))).position()).hasValue(1);
        assertThat(accepted(join.join(wish(cat, 2))).position()).hasValue(2);
        assertThat(join.join(wish(bob, 1))).isEqualTo(Outcome.rejected(SalesRejection.ALREADY_ON_WAITING_LIST));
        assertThat(join.join(wish(AccountId.newId(), 7)))
                .isEqualTo(Outcome.rejected(SalesRejection.PER_ORDER_LIMIT_EXCEEDED));
        assertThat(annsHold.state().name()).isEqualTo("ACTIVE");
    }

    @Test
    void anEntrantWhoseEmailIsNotVerifiedCannotJoinALineThatLeadsToAHold() {
        hold(ann, 0, 1);
        JoinWaitingListUseCase.Command asked = wish(bob, 1);

        assertThat(join.join(new JoinWaitingListUseCase.Command(asked.show(), asked.entrant(), asked.tier(),
                asked.places(), false))).isEqualTo(Outcome.rejected(IdentityRejection.EMAIL_NOT_VERIFIED));
    }

    @Test
    void aReleasedHoldIsOfferedAtOnceToTheFirstInLineWhoseWishFits() {
        Hold annsHold = hold(ann, 0, 1);
        accepted(join.join(wish(cat, 3)));
        accepted(join.join(wish(bob, 2)));

        accepted(release.release(annsHold.id(), ann));

        WaitingEntryView bobs = accepted(mine.mine(show.id(), bob));
        assertThat(bobs.entry().state()).isEqualTo(EntryState.OFFERED);
        Hold offer = bobs.offer().orElseThrow();
        assertThat(offer.kind()).isEqualTo(HoldKind.OFFER);
        assertThat(offer.places()).isEqualTo(2);
        assertThat(offer.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(notified).containsExactly(new Offer(bob, tier, 2, NOW.plus(Duration.ofHours(2))));
        assertThat(accepted(mine.mine(show.id(), cat)).position()).as("wants more: keeps their place").hasValue(1);
    }

    @Test
    void anOfferNotPaidInTimeLapsesAndPassesToTheNext() {
        Hold annsHold = hold(ann, 0, 1);
        accepted(join.join(wish(bob, 2)));
        accepted(join.join(wish(cat, 2)));
        accepted(release.release(annsHold.id(), ann));

        clock.advance(Duration.ofHours(2));
        assertThat(offers.serveWaitingLists()).isEqualTo(1);

        assertThat(accepted(mine.mine(show.id(), bob)).entry().state()).isEqualTo(EntryState.LAPSED);
        WaitingEntryView cats = accepted(mine.mine(show.id(), cat));
        assertThat(cats.entry().state()).isEqualTo(EntryState.OFFERED);
        assertThat(cats.offer().orElseThrow().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
    }

    @Test
    void leavingWithAnOfferReleasesItsHoldAndOffersItToTheNext() {
        Hold annsHold = hold(ann, 0, 1);
        accepted(join.join(wish(bob, 2)));
        accepted(join.join(wish(cat, 2)));
        accepted(release.release(annsHold.id(), ann));
        Hold bobsOffer = accepted(mine.mine(show.id(), bob)).offer().orElseThrow();

        assertThat(accepted(leave.leave(show.id(), bob)).state()).isEqualTo(EntryState.LEFT);

        assertThat(bobsOffer.state().name()).isEqualTo("RELEASED");
        assertThat(accepted(mine.mine(show.id(), cat)).entry().state()).isEqualTo(EntryState.OFFERED);
        assertThat(leave.leave(show.id(), bob)).isEqualTo(Outcome.rejected(SalesRejection.NOT_ON_WAITING_LIST));
        assertThat(mine.mine(show.id(), AccountId.newId()))
                .isEqualTo(Outcome.rejected(SalesRejection.NOT_ON_WAITING_LIST));
    }

    @Test
    void aPlaceThatCameBackIsKeptForTheLineRatherThanHeldByAPasserBy() {
        Hold annsHold = hold(ann, 0);
        hold(AccountId.newId(), 1);
        accepted(join.join(wish(cat, 2)));
        accepted(release.release(annsHold.id(), ann));

        assertThat(accepted(mine.mine(show.id(), cat)).entry().state()).isEqualTo(EntryState.WAITING);
        assertThat(place.place(seats(bob, 0))).isEqualTo(Outcome.rejected(SalesRejection.PLACES_KEPT_FOR_WAITING_LIST));
        assertThat(accepted(join.join(wish(bob, 1))).position()).as("the tier counts as sold out").hasValue(2);
    }

    private Hold hold(AccountId buyer, int... seats) {
        return accepted(place.place(seats(buyer, seats))).hold();
    }

    private PlaceHoldUseCase.Command seats(AccountId buyer, int... seats) {
        List<HoldRequest.Item> items = new ArrayList<>();
        for (int seat : seats) {
            items.add(HoldRequest.Item.seat(seat(seat), tier));
        }
        return new PlaceHoldUseCase.Command(show.id(), reader(buyer), items, Optional.empty());
    }

    private JoinWaitingListUseCase.Command wish(AccountId entrant, int places) {
        return new JoinWaitingListUseCase.Command(show.id(), reader(entrant), tier, places);
    }

    private static Reader reader(AccountId account) {
        return new Reader(Optional.of(account), Role.USER);
    }

    private SeatId seat(int index) {
        return box.seatMap().seats().get(index).id();
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.code()));
    }

    private static Venue box() {
        Venue box = Venue.open(new VenueDetails("Box", new Address(List.of("2 rue Neuve"), "Lyon", "69001", "FR"),
                ZoneId.of("Europe/Paris"), VenueKind.HALL, Set.of()), NOW);
        box.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Box", "A", "1-2")), List.of()), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.code()));
        return box;
    }

    private static Show show(Venue box) {
        Instant starts = NOW.plus(Duration.ofDays(10));
        PriceTier full = PriceTier.forSeats("Full", Set.of(SeatKind.STANDARD), Money.of(1200, "EUR"));
        Show show = Show.scheduleEventDate(EventId.newId(), box.id(), starts, starts.plus(Duration.ofHours(2)),
                box.details().timeZone(), new SaleTerms(List.of(full), new SalesWindow(NOW.minus(Duration.ofDays(1)),
                        starts), new PerOrderLimit(6), full.price().currency()));
        show.openSales(NOW);
        return show;
    }
}
