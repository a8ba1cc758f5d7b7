package app.marquee.application.sales.event.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventDetails;

import java.util.Objects;

/** An operator announces an event: a DRAFT they own, that nobody else sees until it goes on sale. */
public interface AnnounceEventUseCase {
    Event announce(Command command);

    record Command(EventDetails details, AccountId owner) {
        public Command {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(owner, "owner");
        }
    }
}
