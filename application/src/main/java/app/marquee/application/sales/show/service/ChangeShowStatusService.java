package app.marquee.application.sales.show.service;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.show.port.in.ChangeShowStatusUseCase;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.application.sales.show.port.out.SaveShowPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The show's event says who may change it; the show says whether it still can; it is written at the version read. */
@Singleton
public class ChangeShowStatusService implements ChangeShowStatusUseCase {
    private final LoadShowPort shows;
    private final LoadEventPort events;
    private final SaveShowPort save;
    private final Clock clock;

    public ChangeShowStatusService(LoadShowPort shows, LoadEventPort events, SaveShowPort save, Clock clock) {
        this.shows = shows;
        this.events = events;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Show> change(Command command) {
        Instant now = clock.instant();
        Optional<Show> show = shows.byId(command.id());
        Optional<Event> event = show.flatMap(found -> found.event().flatMap(events::byId))
                .filter(found -> EventOwnership.mayEdit(found.owner(), command.editor().account(), command.editor().role()));
        if (event.isEmpty()) {
            return Outcome.rejected(SalesRejection.SHOW_NOT_FOUND);
        }
        if (command.change() == Change.OPEN_SALES && event.get().status() == EventStatus.CANCELLED) {
            return Outcome.rejected(SalesRejection.EVENT_CANCELLED);
        }
        return (command.change() == Change.OPEN_SALES ? show.get().openSales(now) : show.get().cancel(now))
                .flatMap(save::updateLifecycle);
    }
}
