package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.catalog.TitlePersistenceAdapter;
import app.marquee.adapter.persistence.catalog.TitleReferencesPersistenceAdapter;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.application.sales.screening.port.out.ScreeningsPort.ScreeningCursor;
import app.marquee.application.sales.screening.ScreeningFilter;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ScreeningPersistenceAdapterTest extends DatabaseTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    @Inject
    ScreeningPersistenceAdapter screenings;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    TitleReferencesPersistenceAdapter references;
    @Inject
    SeatsInUsePersistenceAdapter inUse;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void twoOverlappingScreeningsWrittenAtOnceCannotBothHoldTheRoom() throws Exception {
        Venue room = room();
        TitleId film = film();
        Instant start = NOW.plus(Duration.ofDays(5));
        Show first = screening(film, room, start, start.plus(Duration.ofHours(2)));
        Show second = screening(film, room, start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(3)));

        Race.Result<Outcome<Show>, Outcome<Show>> race = Race.between(transactions,
                () -> screenings.add(first, ScreeningVersion.VF, Projection.TWO_D),
                () -> screenings.add(second, ScreeningVersion.VO, Projection.TWO_D));

        assertThat(race.secondWaited()).as("the second insert waits for the first").isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(Rejection.about(SalesRejection.SCREENING_OVERLAP,
                List.of(first.id().toString()))));
        assertThat(screenings.inRoomBetween(room.id(), start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1))))
                .extracting(screening -> screening.id().value()).containsExactly(first.id().value());
    }

    @Test
    void aRoomsScreeningsToComeAreAskedByProjectionLeavingOutThoseStartedOrCancelled() {
        Venue room = room();
        TitleId film = film();
        Instant start = NOW.plus(Duration.ofDays(2));
        assertThat(inUse.projectionsOfScreeningsToCome(room.id(), NOW)).isEmpty();
        Show threeD = screening(film, room, start, start.plus(Duration.ofHours(2)));
        screenings.add(threeD, ScreeningVersion.VF, Projection.THREE_D);
        screenings.add(screening(film, room, start.plus(Duration.ofHours(3)), start.plus(Duration.ofHours(5))),
                ScreeningVersion.VF, Projection.TWO_D);

        assertThat(inUse.projectionsOfScreeningsToCome(room.id(), NOW))
                .containsExactlyInAnyOrder(Projection.TWO_D, Projection.THREE_D);
        assertThat(inUse.projectionsOfScreeningsToCome(room.id(), start.plus(Duration.ofMinutes(1))))
                .as("the 3D one has started").containsExactly(Projection.TWO_D);
        assertThat(inUse.projectionsOfScreeningsToCome(room().id(), NOW)).isEmpty();
    }

    @Test
    void backToBackScreeningsShareTheRoomAndAreListedByTheRoomsDate() {
        Venue room = room();
        TitleId film = film();
        Instant start = ZonedDateTime.of(NOW.atZone(PARIS).toLocalDate().plusDays(3).atTime(23, 0), PARIS).toInstant();
        Show late = screening(film, room, start, start.plus(Duration.ofHours(2)));
        Show next = screening(film, room, start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(4)));

        assertThat(screenings.add(late, ScreeningVersion.VOSTFR, Projection.THREE_D).isAccepted()).isTrue();
        assertThat(screenings.add(next, ScreeningVersion.VF, Projection.TWO_D).isAccepted()).isTrue();

        LocalDate day = start.atZone(PARIS).toLocalDate();
        List<ScreeningView> listed = screenings.list(new ScreeningFilter(Optional.of(day), Optional.empty(),
                Optional.of(room.id())), Optional.empty(), 10, NOW);
        assertThat(listed).extracting(view -> view.show().id()).containsExactly(late.id());
        assertThat(listed.get(0).remainingSeats()).isEqualTo(20);
        assertThat(listed.get(0).version()).isEqualTo(ScreeningVersion.VOSTFR);
        assertThat(listed.get(0).show()).usingRecursiveComparison().isEqualTo(late);
        ScreeningFilter byFilm = new ScreeningFilter(Optional.empty(), Optional.of(film), Optional.empty());
        assertThat(screenings.list(byFilm, Optional.empty(), 10, NOW))
                .extracting(view -> view.show().id()).containsExactly(late.id(), next.id());
        assertThat(screenings.list(byFilm, Optional.of(new ScreeningCursor(late.startsAt(), late.id())), 10, NOW))
                .as("the page after the late one").extracting(view -> view.show().id()).containsExactly(next.id());
    }

    @Test
    void withoutADateOnlyScreeningsNotOverAreListedAndAPastDayIsStillFoundByItsDate() {
        Venue room = room();
        TitleId film = film();
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        PriceTier full = new PriceTier(app.marquee.domain.sales.show.TierId.newId(), "FULL", Set.of(SeatKind.values()),
                Set.of(), Money.of(1150, "EUR"), Optional.empty());
        Show over = Show.scheduleScreening(film, room.id(), yesterday, yesterday.plus(Duration.ofHours(2)), PARIS,
                SaleTerms.of(List.of(full), SalesWindow.untilStart(yesterday.minus(Duration.ofDays(1)), yesterday)));
        Instant soon = NOW.plus(Duration.ofDays(1));
        screenings.add(over, ScreeningVersion.VF, Projection.TWO_D);
        screenings.add(screening(film, room, soon, soon.plus(Duration.ofHours(2))), ScreeningVersion.VF, Projection.TWO_D);

        assertThat(screenings.list(new ScreeningFilter(Optional.empty(), Optional.of(film), Optional.empty()),
                Optional.empty(), 10, NOW)).extracting(view -> view.show().startsAt()).containsExactly(soon);
        assertThat(screenings.list(new ScreeningFilter(Optional.of(yesterday.atZone(PARIS).toLocalDate()),
                Optional.of(film), Optional.empty()), Optional.empty(), 10, NOW))
                .extracting(view -> view.show().id()).containsExactly(over.id());
    }

    @Test
    void aFilmWithAScreeningIsReferencedSoTheCatalogArchivesIt() {
        TitleId film = film();
        assertThat(references.isReferenced(film)).isFalse();
        Instant start = NOW.plus(Duration.ofDays(2));

        screenings.add(screening(film, room(), start, start.plus(Duration.ofHours(2))), ScreeningVersion.VF,
                Projection.TWO_D);

        assertThat(references.isReferenced(film)).isTrue();
    }

    private Show screening(TitleId film, Venue room, Instant start, Instant end) {
        PriceTier full = new PriceTier(app.marquee.domain.sales.show.TierId.newId(), "FULL", Set.of(SeatKind.values()),
                Set.of(), Money.of(1150, "EUR"), Optional.of("Everyone"));
        Show show = Show.scheduleScreening(film, room.id(), start, end, PARIS, SaleTerms.of(List.of(full),
                SalesWindow.untilStart(NOW, start)));
        return show.openSales(NOW).orElseThrow(rejection -> new IllegalStateException(rejection.code()));
    }

    private Venue room() {
        Venue room = Venue.open(new VenueDetails("Salle " + UUID.randomUUID(), new Address(List.of("1 rue du Cinéma"),
                "Paris", "75005", "FR"), PARIS, VenueKind.CINEMA_ROOM, Set.of()), NOW);
        room.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A-B", "1-10")), List.of()), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.code()));
        return venues.add(room);
    }

    private TitleId film() {
        Title title = Title.rehydrate(TitleId.newId(), TitleKind.MOVIE, new TitleDetails("Film " + UUID.randomUUID(),
                Optional.empty(), "", 2001, OptionalInt.of(100), Set.of(), Optional.empty(), List.of(),
                Set.of(new LanguageCode("en")), Set.of(), Optional.empty()), TitleStatus.PUBLISHED, Map.of(), NOW, NOW, 0);
        return titles.add(title).id();
    }
}
