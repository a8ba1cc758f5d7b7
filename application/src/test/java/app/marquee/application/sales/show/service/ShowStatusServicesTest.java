package app.marquee.application.sales.show.service;

import app.marquee.application.sales.event.fakes.InMemoryEvents;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.show.port.in.ChangeShowStatusUseCase;
import app.marquee.application.sales.show.port.in.ChangeShowStatusUseCase.Change;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ShowStatusServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final InMemoryEvents events = new InMemoryEvents();
    private final InMemoryShows shows = new InMemoryShows(new InMemoryVenues());
    private final List<ShowId> salesCalledOff = new ArrayList<>();
    private final ChangeShowStatusService change = new ChangeShowStatusService(shows, events, shows,
            (show, now) -> {
                salesCalledOff.add(show);
                return 0;
            }, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ListShowsOfEventService list = new ListShowsOfEventService(events, shows);
    private final Editor organiser = new Editor(new AccountId(UUID.randomUUID()), Role.OPERATOR);
    private final Event gala = events.add(Event.announce(new EventDetails("Gala", "", EventCategory.SCHOOL,
            Optional.empty()), organiser.account(), NOW));

    @Test
    void theOrganiserOpensTheSaleThenCancelsTheShowForGood() {
        Show show = stored(NOW.plus(Duration.ofDays(3)));

        assertThat(accepted(change.change(new ChangeShowStatusUseCase.Command(show.id(), organiser, Change.OPEN_SALES)))
                .lifecycle()).isEqualTo(Show.Lifecycle.ON_SALE);
        assertThat(salesCalledOff).isEmpty();
        assertThat(accepted(change.change(new ChangeShowStatusUseCase.Command(show.id(), organiser, Change.CANCEL)))
                .version()).isEqualTo(2);
        assertThat(salesCalledOff).as("its orders refunded, its holds released").containsExactly(show.id());
        assertThat(change.change(new ChangeShowStatusUseCase.Command(show.id(), organiser, Change.OPEN_SALES)))
                .isEqualTo(Outcome.rejected(SalesRejection.SHOW_CANCELLED));
        assertThat(change.change(new ChangeShowStatusUseCase.Command(show.id(), organiser, Change.CANCEL)))
                .isEqualTo(Outcome.rejected(SalesRejection.SHOW_CANCELLED));
        assertThat(salesCalledOff).as("a refused cancellation calls nothing off").hasSize(1);
    }

    @Test
    void anotherOrganiserIsToldTheShowDoesNotExist() {
        Show show = stored(NOW.plus(Duration.ofDays(3)));
        Editor rival = new Editor(new AccountId(UUID.randomUUID()), Role.OPERATOR);

        assertThat(change.change(new ChangeShowStatusUseCase.Command(show.id(), rival, Change.CANCEL)))
                .isEqualTo(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
        assertThat(list.list(gala.id(), new Reader(Optional.of(rival.account()), Role.OPERATOR)))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(shows.byId(show.id()).orElseThrow().lifecycle()).isEqualTo(Show.Lifecycle.DRAFT);
    }

    @Test
    void anEndedShowCanNoLongerChangeAndDatesAreListedInTimeOrder() {
        Show later = stored(NOW.plus(Duration.ofDays(9)));
        Show past = stored(NOW.minus(Duration.ofDays(9)));

        assertThat(change.change(new ChangeShowStatusUseCase.Command(past.id(), organiser, Change.CANCEL)))
                .isEqualTo(Outcome.rejected(SalesRejection.SHOW_PAST));
        assertThat(accepted(list.list(gala.id(), new Reader(Optional.of(organiser.account()), Role.OPERATOR))))
                .extracting(Show::id).containsExactly(past.id(), later.id());
    }

    @Test
    void anyOperatorOfTheBoxOfficeCancelsAScreening() {
        Instant start = NOW.plus(Duration.ofDays(2));
        PriceTier full = PriceTier.forSeats("FULL", Set.of(SeatKind.STANDARD), Money.of(1150, "EUR"));
        Show screening = shows.add(Show.scheduleScreening(new TitleId(UUID.randomUUID()), VenueId.newId(), start,
                start.plus(Duration.ofHours(2)), ZoneId.of("Europe/Paris"),
                SaleTerms.of(List.of(full), SalesWindow.untilStart(NOW, start))));
        Editor anyOperator = new Editor(new AccountId(UUID.randomUUID()), Role.OPERATOR);

        assertThat(accepted(change.change(new ChangeShowStatusUseCase.Command(screening.id(), anyOperator, Change.CANCEL)))
                .lifecycle()).isEqualTo(Show.Lifecycle.CANCELLED);
    }

    private Show stored(Instant start) {
        PriceTier tier = PriceTier.forSeats("Full", Set.of(SeatKind.STANDARD), Money.of(1200, "EUR"));
        return shows.add(Show.scheduleEventDate(gala.id(), VenueId.newId(), start, start.plus(Duration.ofHours(2)),
                ZoneId.of("Europe/Paris"), SaleTerms.of(List.of(tier), SalesWindow.untilStart(start.minus(
                        Duration.ofDays(30)), start))));
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.code()));
    }
}
