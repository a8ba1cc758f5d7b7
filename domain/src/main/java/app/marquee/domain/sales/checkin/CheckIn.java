package app.marquee.domain.sales.checkin;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketCode;
import app.marquee.domain.sales.order.TicketId;
import app.marquee.domain.sales.order.TicketSigner;
import app.marquee.domain.sales.order.TicketState;
import app.marquee.domain.sales.show.ShowId;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The door's decision on a scanned code, checked in this order: FORGED (not a code, a signature
 * the server did not make, or no such ticket), WRONG_SHOW (a genuine ticket for another show),
 * CANCELLED (its order was cancelled), WRONG_HOLDER (the staff named who presents it and that is
 * not the holder), ALREADY_USED (with the first entry's time), else VALID, and the entry is
 * recorded now. Two doors scanning one ticket at once: the store records only the first
 * ({@code ... WHERE checked_in_at IS NULL}); the loser re-reads the ticket and answers ALREADY_USED.
 */
public final class CheckIn {
    private CheckIn() {
    }

    /**
     * @param door      the show the staff are checking in
     * @param presenter the account presenting the ticket, when the staff give one
     * @param tickets   finds a ticket by id
     */
    public static CheckInVerdict scan(String scanned, ShowId door, Optional<AccountId> presenter,
                                      TicketSigner signer, Function<TicketId, Optional<Ticket>> tickets,
                                      Instant now) {
        Optional<TicketCode> code = TicketCode.parse(scanned).filter(c -> c.isSignedBy(signer));
        Optional<Ticket> found = code.flatMap(c -> tickets.apply(c.ticket())).filter(t -> t.show().equals(
                code.get().show()));
        if (found.isEmpty()) {
            return CheckInVerdict.forged();
        }
        return decide(found.get(), door, presenter, now);
    }

    /** The decision on a ticket whose code was genuine. */
    static CheckInVerdict decide(Ticket ticket, ShowId door, Optional<AccountId> presenter, Instant now) {
        if (!ticket.show().equals(door)) {
            return CheckInVerdict.of(CheckInResult.WRONG_SHOW, ticket);
        }
        if (ticket.state() == TicketState.VOID) {
            return CheckInVerdict.of(CheckInResult.CANCELLED, ticket);
        }
        if (presenter.isPresent() && !ticket.isHeldBy(presenter.get())) {
            return CheckInVerdict.of(CheckInResult.WRONG_HOLDER, ticket);
        }
        if (ticket.checkedInAt().isPresent()) {
            return CheckInVerdict.of(CheckInResult.ALREADY_USED, ticket);
        }
        ticket.admit(now);
        return CheckInVerdict.of(CheckInResult.VALID, ticket);
    }
}
