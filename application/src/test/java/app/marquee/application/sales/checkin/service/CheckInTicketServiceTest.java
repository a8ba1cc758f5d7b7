package app.marquee.application.sales.checkin.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.application.sales.checkin.DoorTicket;
import app.marquee.application.sales.checkin.DoorVerdict;
import app.marquee.application.sales.checkin.port.in.CheckInTicketUseCase.Command;
import app.marquee.application.sales.checkin.port.out.CheckInTicketsPort;
import app.marquee.application.sales.event.fakes.InMemoryEvents;
import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.checkin.CheckInResult;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketId;
import app.marquee.domain.sales.order.TicketNumber;
import app.marquee.domain.sales.order.TicketSigner;
import app.marquee.domain.sales.order.TicketState;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInTicketServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T19:30:00Z");
    private static final TicketSigner SIGNER = payload -> "sig_" + Integer.toHexString(payload.hashCode()) + "_0123456789";
    private final IdentityFixture identity = new IdentityFixture();
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryEvents events = new InMemoryEvents();
    private final InMemoryShows shows = new InMemoryShows(new InMemoryVenues());
    private final DoorTickets tickets = new DoorTickets();
    private final CheckInTicketService door = new CheckInTicketService(new DoorKeepers(shows, events), tickets,
            identity.accounts, SIGNER::sign, clock);
    private final Account ann = identity.account("ann@example.org", "irrelevant-pass-phrase");
    private final AccountId organiser = AccountId.newId();
    private final Show gala = shows.add(show(Optional.of(events.add(Event.announce(new EventDetails("Gala", "",
            EventCategory.CONCERT, Optional.empty()), organiser, NOW.minus(Duration.ofDays(30)))))));

    @Test
    void aTicketLetsItsHolderInOnceThenSaysWhenTheyCameIn() {
        Ticket ticket = tickets.issue(gala, ann.id());

        DoorVerdict first = accepted(door.checkIn(scan(gala, ticket, staff())));
        clock.advance(Duration.ofMinutes(3));
        DoorVerdict second = accepted(door.checkIn(scan(gala, ticket, staff())));

        assertThat(first.result()).isEqualTo(CheckInResult.VALID);
        assertThat(first.ticket().orElseThrow().holderName()).isEqualTo("ann");
        assertThat(first.firstCheckedInAt()).contains(NOW);
        assertThat(second.result()).isEqualTo(CheckInResult.ALREADY_USED);
        assertThat(second.firstCheckedInAt()).contains(NOW);
    }

    @Test
    void aDoorThatLosesTheRaceToAnotherAnswersAlreadyUsedWithTheWinnersTime() {
        Ticket ticket = tickets.issue(gala, ann.id());
        tickets.anotherDoorFirstAt = Optional.of(NOW.minusSeconds(1));

        DoorVerdict lost = accepted(door.checkIn(scan(gala, ticket, staff())));

        assertThat(lost.result()).isEqualTo(CheckInResult.ALREADY_USED);
        assertThat(lost.firstCheckedInAt()).contains(NOW.minusSeconds(1));
    }

    @Test
    void anotherShowsTicketIsWrongShowAndShowsNothingOfIt() {
        Show other = shows.add(show(Optional.of(events.add(Event.announce(new EventDetails("Other", "",
                EventCategory.CONCERT, Optional.empty()), AccountId.newId(), NOW.minus(Duration.ofDays(30)))))));
        Ticket elsewhere = tickets.issue(other, ann.id());

        DoorVerdict verdict = accepted(door.checkIn(scan(gala, elsewhere, staff())));

        assertThat(verdict.result()).isEqualTo(CheckInResult.WRONG_SHOW);
        assertThat(verdict.ticket()).isEmpty();
        assertThat(tickets.entries).isEmpty();
    }

    @Test
    void theHolderNamedByEmailMustBeTheBuyerAndAnUnknownEmailIsWrongHolder() {
        Ticket ticket = tickets.issue(gala, ann.id());
        Account bob = identity.account("bob@example.org", "irrelevant-pass-phrase");

        assertThat(result(by(gala, ticket, Optional.of(new EmailAddress("bob@example.org")))))
                .isEqualTo(CheckInResult.WRONG_HOLDER);
        assertThat(result(by(gala, ticket, Optional.of(new EmailAddress("nobody@example.org")))))
                .isEqualTo(CheckInResult.WRONG_HOLDER);
        assertThat(result(new Command(gala.id(), code(ticket), staff(), Optional.of(bob.id()), Optional.empty())))
                .isEqualTo(CheckInResult.WRONG_HOLDER);
        assertThat(result(by(gala, ticket, Optional.of(new EmailAddress("Ann@Example.org")))))
                .isEqualTo(CheckInResult.VALID);
    }

    @Test
    void onlyTheOrganiserOrAnAdminScansAnEventsTicketsAndAnyOperatorAScreenings() {
        Ticket ticket = tickets.issue(gala, ann.id());
        Show screening = shows.add(show(Optional.empty()));
        Ticket film = tickets.issue(screening, ann.id());

        Outcome<DoorVerdict> stranger = door.checkIn(scan(gala, ticket, new Editor(AccountId.newId(), Role.OPERATOR)));

        assertThat(stranger).isEqualTo(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
        assertThat(tickets.entries).isEmpty();
        assertThat(result(scan(screening, film, new Editor(AccountId.newId(), Role.OPERATOR))))
                .isEqualTo(CheckInResult.VALID);
        assertThat(door.checkIn(scan(screening, film, new Editor(AccountId.newId(), Role.USER))))
                .isEqualTo(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
        assertThat(result(scan(gala, ticket, new Editor(AccountId.newId(), Role.ADMIN)))).isEqualTo(CheckInResult.VALID);
    }

    private Editor staff() {
        return new Editor(organiser, Role.OPERATOR);
    }

    private static Command scan(Show show, Ticket ticket, Editor staff) {
        return new Command(show.id(), code(ticket), staff, Optional.empty(), Optional.empty());
    }

    private Command by(Show show, Ticket ticket, Optional<EmailAddress> email) {
        return new Command(show.id(), code(ticket), staff(), Optional.empty(), email);
    }

    private static String code(Ticket ticket) {
        return ticket.code(SIGNER).format();
    }

    private CheckInResult result(Command command) {
        return accepted(door.checkIn(command)).result();
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return ((Outcome.Accepted<T>) outcome).value();
    }

    private static Show show(Optional<Event> event) {
        PriceTier tier = PriceTier.forSeats("Category 1", Set.of(SeatKind.STANDARD), Money.of(5000, "EUR"));
        Instant starts = NOW.plus(Duration.ofHours(1));
        SaleTerms terms = SaleTerms.of(List.of(tier), SalesWindow.untilStart(NOW.minus(Duration.ofDays(9)), starts));
        return event.map(e -> Show.scheduleEventDate(e.id(), VenueId.newId(), starts, starts.plus(Duration.ofHours(3)),
                        ZoneId.of("Europe/Paris"), terms))
                .orElseGet(() -> Show.scheduleScreening(TitleId.newId(), VenueId.newId(), starts,
                        starts.plus(Duration.ofHours(2)), ZoneId.of("Europe/Paris"), terms));
    }

    /** Tickets at the door; {@code anotherDoorFirstAt} makes the next entry lose to a door that came first. */
    private static final class DoorTickets implements CheckInTicketsPort {
        final Map<TicketId, Ticket> stored = new HashMap<>();
        final Map<TicketId, Instant> entries = new HashMap<>();
        Optional<Instant> anotherDoorFirstAt = Optional.empty();

        Ticket issue(Show show, AccountId holder) {
            Ticket ticket = Ticket.rehydrate(TicketId.newId(), show.id(), OrderId.newId(),
                    new TicketNumber(stored.size() + 1L), holder, Optional.of(SeatId.newId()), Optional.empty(),
                    show.terms().tiers().get(0).id(), Money.of(5000, "EUR"), TicketState.VALID, Optional.empty());
            stored.put(ticket.id(), ticket);
            return ticket;
        }

        @Override
        public Optional<DoorTicket> ticket(TicketId id) {
            return Optional.ofNullable(stored.get(id)).map(t -> Ticket.rehydrate(t.id(), t.show(), t.order(),
                            t.number(), t.holder(), t.seat(), t.area(), t.tier(), t.price(), t.state(),
                            Optional.ofNullable(entries.get(id))))
                    .map(t -> new DoorTicket(new LabelledTicket(t, Optional.of("Stalls A-1"), Optional.empty(),
                            "Category 1"), "ann"));
        }

        @Override
        public boolean recordEntry(TicketId id, Instant now) {
            if (anotherDoorFirstAt.isPresent()) {
                entries.put(id, anotherDoorFirstAt.get());
                anotherDoorFirstAt = Optional.empty();
                return false;
            }
            return entries.putIfAbsent(id, now) == null;
        }
    }
}
