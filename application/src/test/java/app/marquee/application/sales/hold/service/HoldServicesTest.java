package app.marquee.application.sales.hold.service;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.PurchaseEligibility;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.hold.Availability;
import app.marquee.application.sales.hold.HoldView;
import app.marquee.application.sales.hold.fakes.InMemoryHolds;
import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase;
import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase.BestSeats;
import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.application.sales.show.port.in.ViewShowQuery;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.inventory.SeatState;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowStatus;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HoldServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryVenues venues = new InMemoryVenues();
    private final InMemoryHolds holds = new InMemoryHolds();
    private final Venue hall = venues.add(hall());
    private final Show show = show(hall);
    private final ViewShowQuery visible = (id, reader) -> id.equals(show.id()) ? Outcome.accepted(show)
            : Outcome.rejected(SalesRejection.SHOW_NOT_FOUND);
    private final PlaceHoldService place = new PlaceHoldService(new HoldPlacer(visible, venues, holds, holds,
            HoldPlacement.byDefault(), (event, typed, buyer, replaced, now) -> Optional.empty(),
            (show, buyer) -> java.util.Map.of()), holds, new PurchaseEligibility(true), clock);
    private final ReleaseHoldService release = new ReleaseHoldService(holds, holds, show -> 0, clock);
    private final ShowAvailabilityService availability = new ShowAvailabilityService(visible, venues, holds, clock);
    private final AccountId ann = new AccountId(UUID.randomUUID());
    private final AccountId bob = new AccountId(UUID.randomUUID());

    @Test
    void aHeldSeatIsHeldForEveryoneAndRefusedToAnotherBuyer() {
        HoldView held = accepted(place.place(seats(ann, seat(0), seat(1))));

        assertThat(held.hold().expiresAt()).isEqualTo(NOW.plus(Hold.DEFAULT_DURATION));
        Availability left = accepted(availability.availability(show.id(), Reader.anonymous()));
        assertThat(left.inventory().stateOf(seat(0))).isEqualTo(SeatState.HELD);
        assertThat(left.status()).isEqualTo(ShowStatus.ON_SALE);
        assertThat(place.place(seats(bob, seat(1)))).isEqualTo(Outcome.rejected(
                Rejection.about(SalesRejection.SEATS_UNAVAILABLE, List.of(seat(1).toString()))));
    }

    @Test
    void aRaceLostInTheStoreIsTheBuyersAnswerAndADeadlockIsTriedOnceMore() {
        Rejection gone = Rejection.about(SalesRejection.SEATS_UNAVAILABLE, List.of(seat(0).toString()));
        holds.loseNextSave(new HoldRaceLostException(gone, false));
        assertThat(place.place(seats(ann, seat(0)))).isEqualTo(Outcome.rejected(gone));
        assertThat(holds.saves()).isEqualTo(1);

        holds.loseNextSave(new HoldRaceLostException(Rejection.of(SalesRejection.CONCURRENT_UPDATE), true));
        assertThat(place.place(seats(ann, seat(0))).isAccepted()).isTrue();
        assertThat(holds.saves()).isEqualTo(3);

        holds.loseNextSave(new HoldRaceLostException(Rejection.of(SalesRejection.CONCURRENT_UPDATE), true));
        holds.loseNextSave(new HoldRaceLostException(Rejection.of(SalesRejection.CONCURRENT_UPDATE), true));
        assertThat(place.place(seats(ann, seat(2)))).isEqualTo(Outcome.rejected(SalesRejection.CONCURRENT_UPDATE));
    }

    @Test
    void bestAvailableHoldsSeatsSideBySideAwayFromTheTakenOnes() {
        accepted(place.place(seats(bob, seat(2))));

        HoldView best = accepted(place.place(new PlaceHoldUseCase.Command(show.id(), buyer(ann), List.of(),
                Optional.of(new BestSeats(show.terms().tiers().get(0).id(), 3, true, Optional.empty())))));

        List<Seat> chosen = best.hold().items().stream().map(item -> hall.seatMap().seats().stream()
                .filter(seat -> seat.id().equals(item.seat().orElseThrow())).findFirst().orElseThrow()).toList();
        assertThat(chosen).extracting(Seat::rowIndex).containsOnly(chosen.get(0).rowIndex());
        assertThat(chosen).extracting(Seat::id).doesNotContain(seat(2));
        assertThat(place.place(new PlaceHoldUseCase.Command(show.id(), buyer(ann), List.of(),
                Optional.of(new BestSeats(show.terms().tiers().get(0).id(), 7, true, Optional.empty())))))
                .isEqualTo(Outcome.rejected(SalesRejection.PER_ORDER_LIMIT_EXCEEDED));
    }

    @Test
    void onlyTheBuyerReleasesTheirHoldAndItsSeatsComeBack() {
        Hold hold = accepted(place.place(seats(ann, seat(0)))).hold();

        assertThat(release.release(hold.id(), bob)).isEqualTo(Outcome.rejected(SalesRejection.HOLD_NOT_FOUND));
        assertThat(release.release(hold.id(), ann).isAccepted()).isTrue();
        assertThat(holds.byId(hold.id()).orElseThrow().state()).isEqualTo(HoldState.RELEASED);
        assertThat(release.release(hold.id(), ann)).isEqualTo(Outcome.rejected(SalesRejection.HOLD_NOT_ACTIVE));
        assertThat(accepted(availability.availability(show.id(), Reader.anonymous())).inventory().stateOf(seat(0)))
                .isEqualTo(SeatState.AVAILABLE);
    }

    @Test
    void aShowTheBuyerMayNotSeeIsNotFound() {
        PlaceHoldUseCase.Command elsewhere = new PlaceHoldUseCase.Command(
                new app.marquee.domain.sales.show.ShowId(UUID.randomUUID()), buyer(ann),
                List.of(HoldRequest.Item.seat(seat(0), show.terms().tiers().get(0).id())), Optional.empty());

        assertThat(place.place(elsewhere)).isEqualTo(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
    }

    @Test
    void aBuyerWhoseEmailIsNotVerifiedHoldsNothing() {
        PlaceHoldUseCase.Command asked = seats(ann, seat(0));
        PlaceHoldUseCase.Command unverified = new PlaceHoldUseCase.Command(asked.show(), asked.buyer(), asked.items(),
                Optional.empty(), Optional.empty(), false);

        assertThat(place.place(unverified)).isEqualTo(Outcome.rejected(IdentityRejection.EMAIL_NOT_VERIFIED));
        assertThat(place.place(seats(bob, seat(0))).isAccepted()).as("the seat stayed free").isTrue();
    }

    private PlaceHoldUseCase.Command seats(AccountId buyer, SeatId... seats) {
        return new PlaceHoldUseCase.Command(show.id(), buyer(buyer), List.of(seats).stream()
                .map(seat -> HoldRequest.Item.seat(seat, show.terms().tiers().get(0).id())).toList(), Optional.empty());
    }

    private static Reader buyer(AccountId account) {
        return new Reader(Optional.of(account), Role.USER);
    }

    private SeatId seat(int index) {
        return hall.seatMap().seats().get(index).id();
    }

    private static Venue hall() {
        Venue hall = Venue.open(new VenueDetails("Hall", new Address(List.of("1 rue Neuve"), "Lyon", "69001", "FR"),
                ZoneId.of("Europe/Paris"), VenueKind.HALL, Set.of()), NOW);
        hall.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A-C", "1-8")), List.of()), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.code()));
        return hall;
    }

    private static Show show(Venue hall) {
        Instant starts = NOW.plus(Duration.ofDays(10));
        PriceTier full = PriceTier.forSeats("Full", Set.of(SeatKind.STANDARD), Money.of(1200, "EUR"));
        Show show = Show.scheduleEventDate(new EventId(UUID.randomUUID()), hall.id(), starts,
                starts.plus(Duration.ofHours(2)), hall.details().timeZone(), new SaleTerms(List.of(full),
                        new SalesWindow(NOW.minus(Duration.ofDays(1)), starts), new PerOrderLimit(6),
                        full.price().currency()));
        show.openSales(NOW);
        return show;
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }
}
