package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ShowPersistenceAdapterTest extends DatabaseTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    ShowPersistenceAdapter shows;
    @Inject
    SeatsInUsePersistenceAdapter inUse;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    EventPersistenceAdapter events;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aShowComesBackWithItsTiersAndItsEventListsIt() {
        Venue hall = hall();
        Event gala = event();
        AreaId pit = hall.seatMap().areas().get(0).id();
        PriceTier standing = new PriceTier(TierId.newId(), "Standing", Set.of(), Set.of(pit), Money.of(2500, "EUR"),
                Optional.of("Over 16"));
        PriceTier cat1 = PriceTier.forSeats("Category 1", Set.of(SeatKind.STANDARD, SeatKind.WHEELCHAIR),
                Money.of(4500, "EUR"));
        Show later = shows.add(show(gala, hall, NOW.plus(Duration.ofDays(9)), List.of(cat1)));
        Show first = shows.add(show(gala, hall, NOW.plus(Duration.ofDays(2)), List.of(cat1, standing)));

        Show read = shows.byId(first.id()).orElseThrow();

        assertThat(read).usingRecursiveComparison().isEqualTo(first);
        assertThat(shows.ofEvent(gala.id())).extracting(Show::id).containsExactly(first.id(), later.id());
        assertThat(shows.ofEvent(gala.id()).get(0).terms().tiers()).extracting(PriceTier::name)
                .containsExactly("Category 1", "Standing");
    }

    @Test
    void aShowsLifecycleIsWrittenAtTheVersionRead() {
        Show stored = shows.add(show(event(), hall(), NOW.plus(Duration.ofDays(2)), List.of(anyTier())));
        Show fresh = shows.byId(stored.id()).orElseThrow();
        Show stale = shows.byId(stored.id()).orElseThrow();
        fresh.openSales(NOW);
        stale.cancel(NOW);

        assertThat(shows.updateLifecycle(fresh).isAccepted()).isTrue();
        assertThat(shows.updateLifecycle(stale)).isEqualTo(Outcome.rejected(SalesRejection.CONCURRENT_UPDATE));
        Show read = shows.byId(stored.id()).orElseThrow();
        assertThat(read.lifecycle()).isEqualTo(Show.Lifecycle.ON_SALE);
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void aFutureShowUsesEveryPlaceOfItsVenueAndKeepsTheVenue() {
        Venue hall = hall();
        List<SeatId> seats = hall.seatMap().seats().stream().map(Seat::id).toList();
        List<AreaId> areas = hall.seatMap().areas().stream().map(Area::id).toList();
        assertThat(inUse.seatsUsedByFutureShows(hall.id(), seats, NOW)).isEmpty();
        assertThat(inUse.hasShows(hall.id())).isFalse();

        shows.add(show(event(), hall, NOW.plus(Duration.ofDays(2)), List.of(anyTier())));

        assertThat(inUse.seatsUsedByFutureShows(hall.id(), seats.subList(0, 3), NOW))
                .containsExactlyInAnyOrderElementsOf(seats.subList(0, 3));
        assertThat(inUse.areasUsedByFutureShows(hall.id(), areas, NOW)).containsExactlyElementsOf(areas);
        assertThat(inUse.seatsUsedByFutureShows(hall.id(), seats, NOW.plus(Duration.ofDays(3))))
                .as("once it has started").isEmpty();
        assertThat(inUse.hasShows(hall.id())).isTrue();
    }

    @Test
    void aCancelledShowUsesNoPlaceButStillKeepsTheVenue() {
        Venue hall = hall();
        Show show = shows.add(show(event(), hall, NOW.plus(Duration.ofDays(2)), List.of(anyTier())));
        Show read = shows.byId(show.id()).orElseThrow();
        read.cancel(NOW);
        shows.updateLifecycle(read);

        assertThat(inUse.seatsUsedByFutureShows(hall.id(), List.of(hall.seatMap().seats().get(0).id()), NOW)).isEmpty();
        assertThat(inUse.hasShows(hall.id())).isTrue();
    }

    @Test
    void aSeatMapWriterThatAsksAfterAShowIsScheduledWaitsAndSeesIt() throws Exception {
        Venue hall = hall();
        Event gala = event();
        List<SeatId> seats = hall.seatMap().seats().stream().map(Seat::id).toList();

        Race.Result<Show, Set<SeatId>> race = Race.between(transactions, () -> {
            shows.lockedForShow(hall.id()).orElseThrow();
            return shows.add(show(gala, hall, NOW.plus(Duration.ofDays(2)), List.of(anyTier())));
        }, () -> inUse.seatsUsedByFutureShows(hall.id(), seats, NOW));

        assertThat(race.secondWaited()).as("the map writer waits for the show being scheduled").isTrue();
        assertThat(race.second()).as("and then sees it").containsExactlyInAnyOrderElementsOf(seats);
    }

    @Test
    void aShowScheduledWhileAMapIsBeingWrittenWaitsAndReadsTheNewMap() throws Exception {
        Venue hall = hall();
        Venue redrawn = venues.byId(hall.id()).orElseThrow();
        redrawn.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A", "1-4")), List.of()), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.code()));

        Race.Result<Outcome<Venue>, Venue> race = Race.between(transactions, () -> {
            assertThat(inUse.seatsUsedByFutureShows(hall.id(), List.of(hall.seatMap().seats().get(9).id()), NOW))
                    .isEmpty();
            return venues.updateSeatMap(redrawn);
        }, () -> shows.lockedForShow(hall.id()).orElseThrow());

        assertThat(race.secondWaited()).as("the show waits for the map writer").isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second().seatMap().seats()).as("the map it reads is the new one").hasSize(4);
    }

    private Venue hall() {
        Venue hall = Venue.open(new VenueDetails("Hall " + UUID.randomUUID(), new Address(List.of("1 place Bellecour"),
                "Lyon", "69002", "FR"), ZoneId.of("Europe/Paris"), VenueKind.HALL, Set.of()), NOW);
        hall.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A-B", "1-5")),
                        List.of(new SeatMapPlan.AreaPlan("Pit", 100))), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.code()));
        return venues.add(hall);
    }

    private Event event() {
        return events.add(Event.announce(new EventDetails("Gala", "", EventCategory.SCHOOL, Optional.empty()),
                new AccountId(UUID.randomUUID()), NOW));
    }

    private static PriceTier anyTier() {
        return PriceTier.forSeats("Full", Set.of(SeatKind.STANDARD), Money.of(1200, "EUR"));
    }

    private static Show show(Event event, Venue venue, Instant startsAt, List<PriceTier> tiers) {
        return Show.scheduleEventDate(event.id(), venue.id(), startsAt, startsAt.plus(Duration.ofHours(3)),
                venue.details().timeZone(), new SaleTerms(tiers, SalesWindow.untilStart(NOW, startsAt),
                        new PerOrderLimit(6), tiers.get(0).price().currency()));
    }
}
