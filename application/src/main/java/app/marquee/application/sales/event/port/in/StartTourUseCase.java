package app.marquee.application.sales.event.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.Tour;

import java.util.Objects;

/** An organiser names a run of events; events join it by their own revision. */
public interface StartTourUseCase {
    Tour start(Command command);

    record Command(String name, AccountId owner) {
        public Command {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(owner, "owner");
        }
    }
}
