package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.application.sales.venue.port.out.LoadVenuePort.VenueCursor;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Equipment;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.sales.venue.VenueKind;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class VenuePersistenceAdapterTest extends DatabaseTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aVenueComesBackWithItsWholeSeatMap() {
        Venue room = Venue.open(details("Salle " + UUID.randomUUID(), VenueKind.CINEMA_ROOM), NOW);
        room.redraw(new SeatMapPlan(List.of(new SeatLayout("Stalls", "A-C", "1-12", List.of(6), List.of(),
                        List.of(new SeatLayout.KindException("A1-2", SeatKind.WHEELCHAIR)), List.of("C12")),
                SeatLayout.plain("Balcony", "A", "1-4")), List.of(new SeatMapPlan.AreaPlan("Standing", 40))), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()));

        venues.add(room);
        Venue read = venues.byId(room.id()).orElseThrow();

        assertThat(read).usingRecursiveComparison().isEqualTo(room);
        assertThat(read.seatMap().sections()).extracting(section -> section.name()).containsExactly("Stalls", "Balcony");
        assertThat(read.seatMap().seats()).hasSize(3 * 12 - 1 + 4);
        assertThat(read.details().equipment()).containsExactlyInAnyOrder(Equipment.IMAX, Equipment.WHEELCHAIR_ACCESS);
        assertThat(venues.byId(VenueId.newId())).isEmpty();
    }

    @Test
    void aRedrawnMapKeepsTheRowsOfUnchangedSeatsAndDeletesTheRemovedOnes() {
        Venue room = stored(SeatLayout.plain("Stalls", "A-C", "1-10"));
        Map<String, SeatId> before = ids(room);
        Venue current = venues.byId(room.id()).orElseThrow();
        current.redraw(new SeatMapPlan(List.of(new SeatLayout("Stalls", "A-B", "1-12", List.of(), List.of(),
                List.of(new SeatLayout.KindException("A1", SeatKind.PREMIUM)), List.of())), List.of()), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()));

        Outcome<Venue> saved = venues.updateSeatMap(current);

        Venue read = venues.byId(room.id()).orElseThrow();
        assertThat(saved.isAccepted()).isTrue();
        assertThat(read.version()).isEqualTo(1);
        assertThat(ids(read).get("Stalls A-1")).isEqualTo(before.get("Stalls A-1"));
        assertThat(read.seatMap().seats().get(0).kind()).isEqualTo(SeatKind.PREMIUM);
        assertThat(ids(read)).doesNotContainKey("Stalls C-1").containsKey("Stalls B-12").hasSize(24);
    }

    @Test
    void twoMapsDrawnAtTheSameVersionCannotBothBeSaved() throws Exception {
        Venue room = stored(SeatLayout.plain("Stalls", "A-C", "1-10"));
        Venue first = venues.byId(room.id()).orElseThrow();
        Venue second = venues.byId(room.id()).orElseThrow();
        redraw(first, SeatLayout.plain("Stalls", "A-D", "1-10"));
        redraw(second, SeatLayout.plain("Stalls", "A-B", "1-8"));

        Race.Result<Outcome<Venue>, Outcome<Venue>> race = Race.between(transactions,
                () -> venues.updateSeatMap(first), () -> venues.updateSeatMap(second));

        assertThat(race.secondWaited()).as("the second writer waits for the first").isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(SalesRejection.CONCURRENT_UPDATE));
        Venue read = venues.byId(room.id()).orElseThrow();
        assertThat(read.seatMap().seats()).as("the winner's map, whole").hasSize(40);
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void aMapReadInsideARedrawThatRolledBackIsNeverServedForAnotherRedraw() {
        Venue room = stored(SeatLayout.plain("Stalls", "A-C", "1-10"));
        Venue abandoned = venues.byId(room.id()).orElseThrow();
        abandoned.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A", "1-5")), List.of()), NOW.plusSeconds(1))
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            venues.updateSeatMap(abandoned);
            assertThat(venues.byId(room.id()).orElseThrow().seatMap().seats()).as("seen inside").hasSize(5);
            throw new IllegalStateException("rolled back");
        })).hasMessageContaining("rolled back");
        Venue kept = venues.byId(room.id()).orElseThrow();
        kept.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A-B", "1-8")), List.of()), NOW.plusSeconds(2))
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()));

        assertThat(venues.updateSeatMap(kept).isAccepted()).isTrue();

        Venue read = venues.byId(room.id()).orElseThrow();
        assertThat(read.version()).as("the same version the abandoned redraw had").isEqualTo(1);
        assertThat(read.seatMap().seats()).as("the map committed, not the one read inside the rollback").hasSize(16);
        assertThat(venues.byId(room.id()).orElseThrow().seatMap()).as("kept once read").isSameAs(read.seatMap());
    }

    @Test
    void detailsAreWrittenAtTheVersionReadAndNotOnAStaleCopy() {
        Venue room = stored(SeatLayout.plain("Stalls", "A", "1-2"));
        Venue fresh = venues.byId(room.id()).orElseThrow();
        Venue stale = venues.byId(room.id()).orElseThrow();
        fresh.revise(details("Renamed " + UUID.randomUUID(), VenueKind.HALL), NOW);
        stale.revise(details("Stale " + UUID.randomUUID(), VenueKind.HALL), NOW);

        assertThat(venues.update(fresh).isAccepted()).isTrue();
        assertThat(venues.update(stale)).isEqualTo(Outcome.rejected(SalesRejection.CONCURRENT_UPDATE));
        assertThat(venues.byId(room.id()).orElseThrow().details().name()).startsWith("Renamed");
        assertThat(venues.byId(room.id()).orElseThrow().seatMap().seats()).as("map untouched").hasSize(2);
    }

    @Test
    void venuesAreListedByNameIgnoringCaseWithTheirCounts() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Venue b = Venue.open(details("~" + tag + " b-hall", VenueKind.HALL), NOW);
        Venue a = Venue.open(details("~" + tag + " A-hall", VenueKind.OPEN_AIR), NOW);
        a.redraw(new SeatMapPlan(List.of(), List.of(new SeatMapPlan.AreaPlan("Lawn", 500))), NOW);
        venues.add(b);
        venues.add(a);

        List<VenueSummary> page = venues.list(Optional.of(new VenueCursor("~" + tag, new VenueId(new UUID(0, 0)))), 2);

        assertThat(page).extracting(VenueSummary::id).containsExactly(a.id(), b.id());
        assertThat(page.get(0).capacity()).isEqualTo(500);
        assertThat(page.get(0).areaCount()).isEqualTo(1);
        assertThat(venues.list(Optional.of(new VenueCursor(VenueMapper.key(a.details().name()), a.id())), 1))
                .extracting(VenueSummary::id).containsExactly(b.id());
    }

    @Test
    void aDeletedVenueTakesItsSeatMapWithIt() throws SQLException {
        Venue room = stored(SeatLayout.plain("Stalls", "A", "1-2"));

        assertThat(venues.delete(room.id())).isEqualTo(Outcome.accepted(room.id()));
        assertThat(venues.delete(room.id())).isEqualTo(Outcome.rejected(SalesRejection.VENUE_NOT_FOUND));
        try (Connection connection = TestDatabase.openConnection(); PreparedStatement count =
                connection.prepareStatement("SELECT count(*) FROM venue_seats WHERE venue_id = ?")) {
            count.setObject(1, room.id().value());
            var result = count.executeQuery();
            result.next();
            assertThat(result.getLong(1)).isZero();
        }
    }

    @Test
    void theDatabaseRefusesASecondSeatWithTheSameLabelInAVenue() throws SQLException {
        Venue room = stored(SeatLayout.plain("Stalls", "A", "1-2"));
        try (Connection connection = TestDatabase.openConnection(); PreparedStatement insert =
                connection.prepareStatement("INSERT INTO venue_seats (id, venue_id, section, row_label, row_index,"
                        + " number, position, kind, label) VALUES (?, ?, 'Stalls', 'A', 0, 1, 9, 'STANDARD',"
                        + " 'Stalls A-1')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, room.id().value());
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("venue_seats_venue_id_label_key");
        }
    }

    private Venue stored(SeatLayout layout) {
        Venue room = Venue.open(details("Salle " + UUID.randomUUID(), VenueKind.CINEMA_ROOM), NOW);
        redraw(room, layout);
        return venues.add(room);
    }

    private static void redraw(Venue venue, SeatLayout layout) {
        venue.redraw(new SeatMapPlan(List.of(layout), List.of()), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }

    private static Map<String, SeatId> ids(Venue venue) {
        return venue.seatMap().seats().stream().collect(Collectors.toMap(Seat::label, Seat::id));
    }

    private static VenueDetails details(String name, VenueKind kind) {
        return new VenueDetails(name, new Address(List.of("5 quai Voltaire", "2e étage"), "Lyon", "69002", "FR"),
                ZoneId.of("Europe/Paris"), kind, Set.of(Equipment.IMAX, Equipment.WHEELCHAIR_ACCESS));
    }
}
