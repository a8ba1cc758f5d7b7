package app.marquee.application.sales.event.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStanding;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event as this reader may see it, or EVENT_NOT_FOUND (also for another organiser's draft),
 * with where it stands for buyers now (SOLD_OUT and PAST told from its shows).
 */
public interface ViewEventQuery {
    Outcome<EventView> view(EventId id, Reader reader);

    /** Events already read (just written, or a tour's), with their standing now, asked in one go. */
    List<EventView> asBuyersSee(List<Event> events);

    record EventView(Event event, EventStanding standing) {
        public EventView {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(standing, "standing");
        }
    }

    /** Who reads: an account with its role, or nobody signed in (USER rights). */
    record Reader(Optional<AccountId> account, Role role) {
        public Reader {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(role, "role");
        }

        public static Reader anonymous() {
            return new Reader(Optional.empty(), Role.USER);
        }
    }
}
