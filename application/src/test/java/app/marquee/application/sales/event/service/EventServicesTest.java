package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.fakes.InMemoryEvents;
import app.marquee.application.sales.event.port.in.AnnounceEventUseCase;
import app.marquee.application.sales.event.port.in.ChangeEventStatusUseCase;
import app.marquee.application.sales.event.port.in.ListEventsQuery;
import app.marquee.application.sales.event.port.in.ReviseEventUseCase;
import app.marquee.application.sales.event.port.in.StartTourUseCase;
import app.marquee.application.sales.event.port.in.ViewEventQuery;
import app.marquee.application.sales.event.port.in.ViewTourQuery;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStanding;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.ShowTally;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventServicesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryEvents store = new InMemoryEvents();
    private final AnnounceEventService announce = new AnnounceEventService(store, store, clock);
    private final ReviseEventService revise = new ReviseEventService(store, store, store, clock);
    private final List<EventId> showsCancelledOf = new ArrayList<>();
    private final ChangeEventStatusService status = new ChangeEventStatusService(store, store, (event, now) -> {
        showsCancelledOf.add(event);
        return 1;
    }, clock);
    private final ViewEventService view = new ViewEventService(store, store, clock);
    private final ListEventsService list = new ListEventsService(store, clock);
    private final StartTourService tours = new StartTourService(store);
    private final Editor organiser = operator();
    private final Editor rival = operator();

    @Test
    void aDraftIsSeenByItsOwnerAndAdminsOnlyUntilItGoesOnSale() {
        Event gala = announced("Gala");

        assertThat(view.view(gala.id(), Reader.anonymous())).isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(view.view(gala.id(), reader(rival))).isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(view.view(gala.id(), new Reader(Optional.of(new AccountId(UUID.randomUUID())), Role.ADMIN))
                .isAccepted()).isTrue();

        status.change(new ChangeEventStatusUseCase.Command(gala.id(), organiser, ChangeEventStatusUseCase.Change.PUT_ON_SALE));

        assertThat(view.view(gala.id(), Reader.anonymous()).isAccepted()).isTrue();
    }

    @Test
    void callingAnEventOffCancelsItsUpcomingShowsAndARefusedCallChangesNone() {
        Event gala = announced("Gala");
        status.change(new ChangeEventStatusUseCase.Command(gala.id(), organiser, ChangeEventStatusUseCase.Change.PUT_ON_SALE));
        assertThat(showsCancelledOf).isEmpty();

        assertThat(status.change(new ChangeEventStatusUseCase.Command(gala.id(), rival,
                ChangeEventStatusUseCase.Change.CANCEL)).isAccepted()).isFalse();
        assertThat(showsCancelledOf).isEmpty();

        assertThat(status.change(new ChangeEventStatusUseCase.Command(gala.id(), organiser,
                ChangeEventStatusUseCase.Change.CANCEL)).isAccepted()).isTrue();
        assertThat(showsCancelledOf).containsExactly(gala.id());
    }

    @Test
    void anotherOrganiserCannotChangeAnEventNorLearnItExists() {
        Event gala = announced("Gala");

        assertThat(revise.revise(new ReviseEventUseCase.Command(gala.id(), rival, Optional.empty(), details("Mine"),
                Optional.empty()))).isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(status.change(new ChangeEventStatusUseCase.Command(gala.id(), rival,
                ChangeEventStatusUseCase.Change.CANCEL))).isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(store.byId(gala.id()).orElseThrow().status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void aRevisionAtAStaleVersionIsRefusedAndARaceLostWithoutOneIsAConflict() {
        Event gala = announced("Gala");
        assertThat(revise.revise(new ReviseEventUseCase.Command(gala.id(), organiser, Optional.of(3L), details("Later"),
                Optional.empty()))).isEqualTo(Outcome.rejected(SalesRejection.VERSION_MISMATCH));

        Outcome<Event> revised = revise.revise(new ReviseEventUseCase.Command(gala.id(), organiser, Optional.of(0L),
                details("Gala 2027"), Optional.empty()));

        assertThat(revised.isAccepted()).isTrue();
        assertThat(store.byId(gala.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anEventJoinsOnlyItsOrganisersTour() {
        Tour mine = tours.start(new StartTourUseCase.Command("Northern Lights", organiser.account()));
        Tour theirs = tours.start(new StartTourUseCase.Command("Elsewhere", rival.account()));

        Event lyon = accepted(announce.announce(new AnnounceEventUseCase.Command(details("Lyon"), organiser,
                Optional.of(mine.id()))));

        assertThat(lyon.tour()).contains(mine.id());
        assertThat(store.ofTour(mine.id())).extracting(Event::id).containsExactly(lyon.id());
        assertThat(announce.announce(new AnnounceEventUseCase.Command(details("Crash"), organiser,
                Optional.of(theirs.id())))).isEqualTo(Outcome.rejected(SalesRejection.TOUR_NOT_FOUND));
    }

    @Test
    void anOrganiserPagesThroughOwnToursByNameAndAnAdminThroughEveryTour() {
        ViewTourService view = new ViewTourService(store, store);
        for (String name : List.of("Zénith", "autumn", "Baltic")) {
            tours.start(new StartTourUseCase.Command(name, organiser.account()));
        }
        tours.start(new StartTourUseCase.Command("Elsewhere", rival.account()));

        ViewTourQuery.TourPage first = accepted(view.list(organiser, Optional.empty(), 2));
        ViewTourQuery.TourPage second = accepted(view.list(organiser, first.nextAfter(), 2));

        assertThat(first.items()).extracting(Tour::name).containsExactly("autumn", "Baltic");
        assertThat(second.items()).extracting(Tour::name).containsExactly("Zénith");
        assertThat(second.nextAfter()).isEmpty();
        assertThat(accepted(view.list(new Editor(AccountId.newId(), Role.ADMIN), Optional.empty(), 10)).items())
                .hasSize(4);
        assertThat(view.list(organiser, Optional.of("forged"), 2))
                .isEqualTo(Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor")));
    }

    @Test
    void aCancelledEventIsFrozen() {
        Event gala = announced("Gala");
        status.change(new ChangeEventStatusUseCase.Command(gala.id(), organiser, ChangeEventStatusUseCase.Change.CANCEL));

        assertThat(status.change(new ChangeEventStatusUseCase.Command(gala.id(), organiser,
                ChangeEventStatusUseCase.Change.PUT_ON_SALE))).isEqualTo(Outcome.rejected(SalesRejection.EVENT_CANCELLED));
    }

    @Test
    void listsShowWhatEachReaderMaySeeAndRefuseAForeignCursor() {
        Event draft = announced("a draft");
        Event open = announced("B open");
        status.change(new ChangeEventStatusUseCase.Command(open.id(), organiser, ChangeEventStatusUseCase.Change.PUT_ON_SALE));

        assertThat(page(Reader.anonymous())).containsExactly(open.id().toString());
        assertThat(page(reader(organiser))).containsExactly(draft.id().toString(), open.id().toString());
        assertThat(list.list(new ListEventsQuery.Listing(Reader.anonymous(), Optional.of("nope"), 10)))
                .isEqualTo(Outcome.rejected(app.marquee.domain.shared.Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor")));
    }

    @Test
    void anEventOnSaleIsSoldOutWhileNoShowToComeHasAPlaceAndPastOnceAllStarted() {
        Event gala = announced("Gala");
        store.tally(gala.id(), new ShowTally(2, 1, 0));

        assertThat(standing(gala, reader(organiser))).isEqualTo(EventStanding.DRAFT);
        status.change(new ChangeEventStatusUseCase.Command(gala.id(), organiser, ChangeEventStatusUseCase.Change.PUT_ON_SALE));
        assertThat(standing(gala, Reader.anonymous())).isEqualTo(EventStanding.SOLD_OUT);
        assertThat(accepted(list.list(new ListEventsQuery.Listing(Reader.anonymous(), Optional.empty(), 10))).items())
                .extracting(ViewEventQuery.EventView::standing).containsExactly(EventStanding.SOLD_OUT);

        store.tally(gala.id(), new ShowTally(2, 1, 1));
        assertThat(standing(gala, Reader.anonymous())).isEqualTo(EventStanding.ON_SALE);
        store.tally(gala.id(), new ShowTally(2, 0, 0));
        assertThat(standing(gala, Reader.anonymous())).isEqualTo(EventStanding.PAST);
        assertThat(view.asBuyersSee(List.of(store.byId(gala.id()).orElseThrow())))
                .extracting(ViewEventQuery.EventView::standing).containsExactly(EventStanding.PAST);
    }

    private EventStanding standing(Event event, Reader reader) {
        return accepted(view.view(event.id(), reader)).standing();
    }

    private List<String> page(Reader reader) {
        return accepted(list.list(new ListEventsQuery.Listing(reader, Optional.empty(), 10))).items().stream()
                .map(view -> view.event().id().toString()).toList();
    }

    private Event announced(String title) {
        return accepted(announce.announce(new AnnounceEventUseCase.Command(details(title), organiser, Optional.empty())));
    }

    private static Reader reader(Editor editor) {
        return new Reader(Optional.of(editor.account()), editor.role());
    }

    private static Editor operator() {
        return new Editor(new AccountId(UUID.randomUUID()), Role.OPERATOR);
    }

    private static EventDetails details(String title) {
        return new EventDetails(title, "", EventCategory.CONCERT, Optional.empty());
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.code()));
    }
}
