package app.marquee.application.sales.show.port.in;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

/** One show, seen by whoever may see its event; SHOW_NOT_FOUND for anyone else. */
public interface ViewShowQuery {
    Outcome<Show> view(ShowId id, Reader reader);
}
