package app.marquee.application.sales.show.service;

import app.marquee.application.sales.event.fakes.InMemoryEvents;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.show.port.in.ScheduleShowUseCase;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueId;
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

class ScheduleShowServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryEvents events = new InMemoryEvents();
    private final InMemoryVenues venues = new InMemoryVenues();
    private final InMemoryShows shows = new InMemoryShows(venues);
    private final ScheduleShowService schedule = new ScheduleShowService(events, shows, shows, clock);
    private final ViewShowService view = new ViewShowService(shows, events);
    private final Editor organiser = new Editor(new AccountId(UUID.randomUUID()), Role.OPERATOR);
    private final Event gala = events.add(Event.announce(new EventDetails("Gala", "", EventCategory.SCHOOL,
            Optional.empty()), organiser.account(), NOW));
    private final Venue hall = hall();

    @Test
    void aDateIsScheduledAsADraftInTheVenuesTimeZoneSoldUntilItStarts() {
        Instant start = NOW.plus(Duration.ofDays(20));

        Show show = accepted(schedule.schedule(command(organiser, hall.id(), start, List.of(seats()))));

        assertThat(show.lifecycle()).isEqualTo(Show.Lifecycle.DRAFT);
        assertThat(show.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(show.terms().window().closes()).isEqualTo(start);
        assertThat(shows.ofEvent(gala.id())).extracting(Show::id).containsExactly(show.id());
    }

    @Test
    void onlyTheEventsOrganiserSchedulesAndOthersDoNotLearnItExists() {
        Editor rival = new Editor(new AccountId(UUID.randomUUID()), Role.OPERATOR);
        ScheduleShowUseCase.Command byRival = command(rival, hall.id(), NOW.plus(Duration.ofDays(2)), List.of(seats()));

        assertThat(schedule.schedule(byRival)).isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        Show show = accepted(schedule.schedule(command(organiser, hall.id(), NOW.plus(Duration.ofDays(2)), List.of(seats()))));
        assertThat(view.view(show.id(), Reader.anonymous())).isEqualTo(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
        assertThat(view.view(show.id(), new Reader(Optional.of(organiser.account()), Role.OPERATOR)).isAccepted()).isTrue();
    }

    @Test
    void aTierForAnAreaTheMapDoesNotHaveIsRefusedNamingIt() {
        AreaId ghost = AreaId.newId();
        PriceTier standing = PriceTier.forAreas("Standing", Set.of(ghost), Money.of(2000, "EUR"));

        assertThat(schedule.schedule(command(organiser, hall.id(), NOW.plus(Duration.ofDays(2)), List.of(standing))))
                .isEqualTo(Outcome.rejected(Rejection.about(SalesRejection.AREA_NOT_FOUND, List.of(ghost.toString()))));
        assertThat(shows.ofEvent(gala.id())).isEmpty();
    }

    @Test
    void anUnknownVenueOrAPastStartIsRefused() {
        assertThat(schedule.schedule(command(organiser, VenueId.newId(), NOW.plus(Duration.ofDays(2)), List.of(seats()))))
                .isEqualTo(Outcome.rejected(SalesRejection.VENUE_NOT_FOUND));
        assertThat(schedule.schedule(command(organiser, hall.id(), NOW.minusSeconds(60), List.of(seats()))))
                .isEqualTo(Outcome.rejected(Rejection.onField(SalesRejection.SHOW_TIMES_INVALID, "startsAt")));
    }

    private ScheduleShowUseCase.Command command(Editor editor, VenueId venue, Instant start, List<PriceTier> tiers) {
        return new ScheduleShowUseCase.Command(gala.id(), editor, venue, start, Optional.empty(), tiers,
                Optional.empty(), Optional.empty(), PerOrderLimit.byDefault());
    }

    private static PriceTier seats() {
        return PriceTier.forSeats("Category 1", Set.of(SeatKind.STANDARD), Money.of(4500, "EUR"));
    }

    private Venue hall() {
        Venue venue = Venue.open(new VenueDetails("Hall", new Address(List.of("1 place Bellecour"), "Lyon", "69002",
                "FR"), ZoneId.of("Europe/Paris"), VenueKind.HALL, Set.of()), NOW);
        venue.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A-B", "1-4")),
                List.of(new SeatMapPlan.AreaPlan("Pit", 50))), NOW);
        return venues.add(venue);
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.code()));
    }
}
