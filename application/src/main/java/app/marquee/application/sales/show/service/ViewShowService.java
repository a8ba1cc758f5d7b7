package app.marquee.application.sales.show.service;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.show.port.in.ViewShowQuery;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventVisibility;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

/** A show is seen by whoever may see its event (a screening, by anybody). */
@Singleton
public class ViewShowService implements ViewShowQuery {
    private final LoadShowPort shows;
    private final LoadEventPort events;

    public ViewShowService(LoadShowPort shows, LoadEventPort events) {
        this.shows = shows;
        this.events = events;
    }

    @Override
    public Outcome<Show> view(ShowId id, Reader reader) {
        return shows.byId(id).filter(show -> show.event().isEmpty() || show.event().flatMap(events::accessOf)
                        .filter(event -> EventVisibility.mayRead(event.status(), event.owner(), reader.account(),
                                reader.role())).isPresent())
                .<Outcome<Show>>map(Outcome::accepted).orElse(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
    }
}
