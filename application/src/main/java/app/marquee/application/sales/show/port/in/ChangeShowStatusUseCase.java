package app.marquee.application.sales.show.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/**
 * The organiser opens a show's sale or cancels the show: SHOW_NOT_FOUND for anyone but the event's
 * owner or an ADMIN, SHOW_CANCELLED, SHOW_PAST once it has ended, EVENT_CANCELLED to open the sale
 * of a cancelled event's show, CONCURRENT_UPDATE for the loser of a race. Cancelling also releases
 * the show's live holds and cancels every paid order, refunded in full.
 */
public interface ChangeShowStatusUseCase {
    Outcome<Show> change(Command command);

    enum Change { OPEN_SALES, CANCEL }

    record Command(ShowId id, Editor editor, Change change) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(editor, "editor");
            Objects.requireNonNull(change, "change");
        }
    }
}
