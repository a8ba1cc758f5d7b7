package app.marquee.application.sales.event.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/**
 * The owner (or an ADMIN) puts an event on sale, so that anybody sees it, or cancels it for good
 * (its shows still to come are cancelled with it, their paid orders refunded in full). EVENT_NOT_FOUND
 * for anyone else, EVENT_CANCELLED once cancelled.
 */
public interface ChangeEventStatusUseCase {
    Outcome<Event> change(Command command);

    enum Change { PUT_ON_SALE, CANCEL }

    record Command(EventId id, Editor editor, Change change) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(editor, "editor");
            Objects.requireNonNull(change, "change");
        }
    }
}
