package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.application.sales.event.port.out.LoadEventPort.EventAccess;
import app.marquee.application.sales.event.port.out.LoadEventPort.EventCursor;
import app.marquee.application.sales.event.port.out.LoadEventPort.TalliedEvent;
import app.marquee.application.sales.event.port.out.LoadTourPort.TourCursor;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.ShowTally;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

@MicronautTest(transactional = false)
class EventPersistenceAdapterTest extends DatabaseTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    EventPersistenceAdapter events;
    @Inject
    TourPersistenceAdapter tours;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    ShowPersistenceAdapter shows;
    private final Editor organiser = new Editor(new AccountId(UUID.randomUUID()), Role.OPERATOR);

    @Test
    void anEventComesBackAsWrittenWithItsTour() {
        Tour tour = tours.add(Tour.start("Northern Lights " + UUID.randomUUID(), organiser.account()));
        Event event = Event.announce(new EventDetails("Lyon", "Strings,\nall night.", EventCategory.CONCERT,
                Optional.of("Aurora Quartet")), organiser.account(), NOW);
        event.joinTour(tour, organiser, NOW);
        events.add(event);

        assertThat(events.byId(event.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(event);
        assertThat(events.ofTour(tour.id())).extracting(Event::id).containsExactly(event.id());
        assertThat(tours.list(Optional.of(organiser.account()), Optional.empty(), 10)).extracting(Tour::id).containsExactly(tour.id());
        assertThat(events.byId(EventId.newId())).isEmpty();
        assertThat(events.accessOf(event.id())).contains(new EventAccess(EventStatus.DRAFT, organiser.account()));
        assertThat(events.accessOf(EventId.newId())).isEmpty();
    }

    /**
     * Java lower-cases a final capital sigma to ς, PostgreSQL's lower() to σ: ordered by the
     * database's lower-casing, the first tour sorted after its own cursor and came back on page two.
     */
    @Test
    void toursPageByTheNameAsTheirCursorsCarryIt() {
        AccountId owner = new AccountId(UUID.randomUUID());
        Tour first = tours.add(Tour.start("ΟΔΥΣΣΕΑΣ", owner));
        Tour second = tours.add(Tour.start("ΟΔΥΣΣΕΑΣΑ", owner));
        Optional<AccountId> mine = Optional.of(owner);

        List<Tour> pageOne = tours.list(mine, Optional.empty(), 1);
        List<Tour> pageTwo = tours.list(mine, Optional.of(cursorAfter(pageOne.get(0))), 1);
        List<Tour> pageThree = tours.list(mine, Optional.of(cursorAfter(pageTwo.get(0))), 1);

        assertThat(pageOne).extracting(Tour::id).containsExactly(first.id());
        assertThat(pageTwo).extracting(Tour::id).containsExactly(second.id());
        assertThat(pageThree).isEmpty();
    }

    private static TourCursor cursorAfter(Tour tour) {
        return new TourCursor(tour.name().toLowerCase(Locale.ROOT), tour.id());
    }

    @Test
    void twoRevisionsAtTheSameVersionCannotBothBeSaved() throws Exception {
        Event stored = events.add(announced("Gala"));
        Event first = events.byId(stored.id()).orElseThrow();
        Event second = events.byId(stored.id()).orElseThrow();
        first.putOnSale(organiser, NOW);
        second.cancel(organiser, NOW);

        Race.Result<Outcome<Event>, Outcome<Event>> race = Race.between(transactions,
                () -> events.update(first), () -> events.update(second));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(SalesRejection.CONCURRENT_UPDATE));
        assertThat(events.byId(stored.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aListHoldsWhatIsOnSaleAndTheOwnersOwnByTitle() {
        String tag = "~" + UUID.randomUUID().toString().substring(0, 8) + " ";
        Event draft = events.add(announced(tag + "a draft"));
        Event open = announced(tag + "B open");
        open.putOnSale(organiser, NOW);
        events.add(open);
        Event foreign = events.add(Event.announce(new EventDetails(tag + "c other", "", EventCategory.OTHER,
                Optional.empty()), new AccountId(UUID.randomUUID()), NOW));
        Optional<EventCursor> start = Optional.of(new EventCursor(tag.toLowerCase(), new EventId(new UUID(0, 0))));

        assertThat(ids(events.list(Optional.empty(), false, start, 1000, NOW), tag)).containsExactly(open.id());
        assertThat(ids(events.list(Optional.of(organiser.account()), false, start, 1000, NOW), tag))
                .containsExactly(draft.id(), open.id());
        assertThat(ids(events.list(Optional.empty(), true, start, 1000, NOW), tag))
                .containsExactly(draft.id(), open.id(), foreign.id());
        assertThat(ids(events.list(Optional.of(organiser.account()), false,
                Optional.of(new EventCursor(tag.toLowerCase() + "a draft", draft.id())), 1000, NOW), tag))
                .containsExactly(open.id());
    }

    @Test
    void aPictureIsKeptPerSlotAndReplacedAndListsCarryIt() {
        Event gala = events.add(announced("Gala with a poster"));
        gala.show(ImageSlot.POSTER, picture("aa"), organiser, NOW);
        Event once = events.update(gala).orElseThrow(rejection -> new IllegalStateException(rejection.code()));
        once.show(ImageSlot.POSTER, picture("bb"), organiser, NOW);
        once.show(ImageSlot.BACKDROP, picture("cc"), organiser, NOW);
        events.update(once).orElseThrow(rejection -> new IllegalStateException(rejection.code()));

        Event read = events.byId(gala.id()).orElseThrow();
        assertThat(read.images()).containsOnly(entry(ImageSlot.POSTER, picture("bb")),
                entry(ImageSlot.BACKDROP, picture("cc")));
        assertThat(read.version()).isEqualTo(2);
        Optional<EventCursor> start = Optional.of(new EventCursor("gala with a poster", new EventId(new UUID(0, 0))));
        assertThat(events.list(Optional.of(organiser.account()), false, start, 1000, NOW).stream().map(TalliedEvent::event)
                .filter(event -> event.id().equals(gala.id())).findFirst().orElseThrow().images())
                .containsEntry(ImageSlot.POSTER, picture("bb"));
    }

    @Test
    void ofTwoPicturesUploadedAtOneVersionOnlyTheWinnersIsShown() throws Exception {
        Event stored = events.add(announced("Gala raced"));
        Event first = events.byId(stored.id()).orElseThrow();
        Event second = events.byId(stored.id()).orElseThrow();
        first.show(ImageSlot.POSTER, picture("aa"), organiser, NOW);
        second.show(ImageSlot.POSTER, picture("bb"), organiser, NOW);

        Race.Result<Outcome<Event>, Outcome<Event>> race = Race.between(transactions,
                () -> events.update(first), () -> events.update(second));

        assertThat(race.second()).isEqualTo(Outcome.rejected(SalesRejection.CONCURRENT_UPDATE));
        assertThat(events.byId(stored.id()).orElseThrow().image(ImageSlot.POSTER)).contains(picture("aa"));
    }

    @Test
    void theShowsOfAnEventAreTalliedAsTheyStandAtTheInstantAsked() {
        SaleRows rows = new SaleRows(transactions, NOW);
        SaleRows.Stage stage = rows.stage(venues, events, shows);
        EventId gala = stage.event().id();
        Instant start = stage.show().startsAt();
        Instant holdEnds = NOW.plus(Duration.ofMinutes(10));

        assertThat(events.talliesAt(List.of(gala, EventId.newId()), NOW))
                .containsOnly(entry(gala, new ShowTally(1, 1, 1)));
        UUID hold = rows.hold(stage.show(), UUID.randomUUID(), "ACTIVE", holdEnds, null);
        rows.sql("INSERT INTO seat_claims (show_id, seat_id, hold_id, expires_at) SELECT '" + stage.show().id()
                + "', vs.id, '" + hold + "', '" + holdEnds + "' FROM venue_seats vs WHERE vs.venue_id = '"
                + stage.hall().id() + "'");
        rows.sql("UPDATE show_area_stock SET taken = capacity WHERE show_id = '" + stage.show().id() + "'");

        assertThat(events.talliesAt(List.of(gala), NOW)).containsEntry(gala, new ShowTally(1, 1, 0));
        assertThat(events.list(Optional.of(stage.event().owner()), false, Optional.of(new EventCursor("gala",
                new EventId(new UUID(0, 0)))), 1000, NOW).stream().filter(listed -> listed.event().id().equals(gala))
                .map(TalliedEvent::shows)).containsExactly(new ShowTally(1, 1, 0));
        assertThat(events.talliesAt(List.of(gala), holdEnds.plusSeconds(1))).as("a lapsed hold's seats are free again")
                .containsEntry(gala, new ShowTally(1, 1, 1));
        assertThat(events.talliesAt(List.of(gala), start)).containsEntry(gala, new ShowTally(1, 0, 0));
        rows.sql("UPDATE show_area_stock SET taken = 0 WHERE show_id = '" + stage.show().id() + "'");
        assertThat(events.talliesAt(List.of(gala), NOW)).containsEntry(gala, new ShowTally(1, 1, 1));
    }

    private static ImageRef picture(String digest) {
        return new ImageRef("images/" + digest + ".png", "image/png", 600, 900, 1234, digest);
    }

    private static List<EventId> ids(List<TalliedEvent> found, String tag) {
        return found.stream().map(TalliedEvent::event).filter(event -> event.details().title().startsWith(tag))
                .map(Event::id).toList();
    }

    private Event announced(String title) {
        return Event.announce(new EventDetails(title, "", EventCategory.CONCERT, Optional.empty()),
                organiser.account(), NOW);
    }
}
