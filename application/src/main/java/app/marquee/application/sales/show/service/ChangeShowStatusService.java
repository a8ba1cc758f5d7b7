package app.marquee.application.sales.show.service;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.refund.port.out.CancelShowSalesPort;
import app.marquee.application.sales.show.port.in.ChangeShowStatusUseCase;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.application.sales.show.port.out.SaveShowPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowKind;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may change a show: for an event's date, the event's organiser or an admin (anyone else is
 * told the show does not exist); for a screening, the box office, any operator or admin (screenings
 * belong to the cinema, not to one organiser). The show says whether it still can change, and it
 * is written at the version read. Cancelling a show calls off what it sold in the same transaction:
 * its live holds released, every paid order cancelled and refunded in full (the refund dispatcher
 * then asks the provider for each refund).
 */
@Singleton
public class ChangeShowStatusService implements ChangeShowStatusUseCase {
    private final LoadShowPort shows;
    private final LoadEventPort events;
    private final SaveShowPort save;
    private final CancelShowSalesPort sales;
    private final Clock clock;

    public ChangeShowStatusService(LoadShowPort shows, LoadEventPort events, SaveShowPort save,
                                   CancelShowSalesPort sales, Clock clock) {
        this.shows = shows;
        this.events = events;
        this.save = save;
        this.sales = sales;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Show> change(Command command) {
        Instant now = clock.instant();
        Optional<Show> show = shows.byId(command.id());
        if (show.isPresent() && show.get().kind() == ShowKind.SCREENING) {
            return apply(show.get(), command.change(), now);
        }
        Optional<Event> event = show.flatMap(found -> found.event().flatMap(events::byId))
                .filter(found -> EventOwnership.mayEdit(found.owner(), command.editor().account(), command.editor().role()));
        if (event.isEmpty()) {
            return Outcome.rejected(SalesRejection.SHOW_NOT_FOUND);
        }
        if (command.change() == Change.OPEN_SALES && event.get().status() == EventStatus.CANCELLED) {
            return Outcome.rejected(SalesRejection.EVENT_CANCELLED);
        }
        return apply(show.get(), command.change(), now);
    }

    private Outcome<Show> apply(Show show, Change change, Instant now) {
        if (change == Change.OPEN_SALES) {
            return show.openSales(now).flatMap(save::updateLifecycle);
        }
        return show.cancel(now).flatMap(save::updateLifecycle).map(cancelled -> {
            sales.cancelSales(cancelled.id(), now);
            return cancelled;
        });
    }
}
