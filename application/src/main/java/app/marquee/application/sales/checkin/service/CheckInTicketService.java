package app.marquee.application.sales.checkin.service;

import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.sales.checkin.DoorTicket;
import app.marquee.application.sales.checkin.DoorVerdict;
import app.marquee.application.sales.checkin.port.in.CheckInTicketUseCase;
import app.marquee.application.sales.checkin.port.out.CheckInTicketsPort;
import app.marquee.application.sales.order.port.out.SignTicketsPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.checkin.CheckIn;
import app.marquee.domain.sales.checkin.CheckInResult;
import app.marquee.domain.sales.checkin.CheckInVerdict;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketId;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Scans a code at a show's door: the door's right to the show first ({@link DoorKeepers}), then the
 * domain's verdict ({@link CheckIn#scan}); a VALID verdict is recorded by one conditional write, and
 * a door that loses the race to another reads the ticket again and answers ALREADY_USED with the
 * winner's time. Each statement commits on its own, so the second read sees the first door's entry.
 */
@Singleton
public class CheckInTicketService implements CheckInTicketUseCase {
    private final DoorKeepers doors;
    private final CheckInTicketsPort tickets;
    private final LoadAccountPort accounts;
    private final SignTicketsPort signer;
    private final Clock clock;

    public CheckInTicketService(DoorKeepers doors, CheckInTicketsPort tickets, LoadAccountPort accounts,
                                SignTicketsPort signer, Clock clock) {
        this.doors = doors;
        this.tickets = tickets;
        this.accounts = accounts;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public Outcome<DoorVerdict> checkIn(Command command) {
        return doors.showFor(command.show(), command.doorman()).map(show -> {
            Optional<AccountId> presenter = presenter(command);
            DoorVerdict first = scan(command.code(), show, presenter);
            if (first.result() != CheckInResult.VALID || tickets.recordEntry(
                    first.ticket().orElseThrow().labelled().ticket().id(), first.firstCheckedInAt().orElseThrow())) {
                return first;
            }
            return scan(command.code(), show, presenter);
        });
    }

    private DoorVerdict scan(String code, Show show, Optional<AccountId> presenter) {
        Map<TicketId, DoorTicket> read = new HashMap<>();
        Instant now = clock.instant();
        CheckInVerdict verdict = CheckIn.scan(code, show.id(), presenter, signer, id -> tickets.ticket(id).map(found -> {
            read.put(id, found);
            return found.labelled().ticket();
        }), now);
        boolean shown = verdict.result() != CheckInResult.FORGED && verdict.result() != CheckInResult.WRONG_SHOW;
        Optional<DoorTicket> ticket = verdict.ticket().filter(t -> shown).map(Ticket::id).map(read::get);
        return new DoorVerdict(verdict.result(), ticket, shown ? verdict.firstCheckedInAt() : Optional.empty());
    }

    /** The account named at the door; an e-mail nobody signed up with names nobody's ticket (WRONG_HOLDER). */
    private Optional<AccountId> presenter(Command command) {
        if (command.presenterEmail().isPresent()) {
            return Optional.of(command.presenterEmail().flatMap(accounts::byEmail).map(Account::id)
                    .orElseGet(AccountId::newId));
        }
        return command.presenterAccount();
    }
}
