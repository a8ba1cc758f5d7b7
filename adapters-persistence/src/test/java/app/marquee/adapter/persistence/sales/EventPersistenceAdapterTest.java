package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.application.sales.event.port.out.LoadEventPort.EventCursor;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class EventPersistenceAdapterTest extends DatabaseTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    EventPersistenceAdapter events;
    @Inject
    TourPersistenceAdapter tours;
    @Inject
    TransactionOperations<Connection> transactions;
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

        assertThat(ids(events.list(Optional.empty(), false, start, 1000), tag)).containsExactly(open.id());
        assertThat(ids(events.list(Optional.of(organiser.account()), false, start, 1000), tag))
                .containsExactly(draft.id(), open.id());
        assertThat(ids(events.list(Optional.empty(), true, start, 1000), tag))
                .containsExactly(draft.id(), open.id(), foreign.id());
        assertThat(ids(events.list(Optional.of(organiser.account()), false,
                Optional.of(new EventCursor(tag.toLowerCase() + "a draft", draft.id())), 1000), tag))
                .containsExactly(open.id());
    }

    private static List<EventId> ids(List<Event> found, String tag) {
        return found.stream().filter(event -> event.details().title().startsWith(tag)).map(Event::id).toList();
    }

    private Event announced(String title) {
        return Event.announce(new EventDetails(title, "", EventCategory.CONCERT, Optional.empty()),
                organiser.account(), NOW);
    }
}
