package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ChangeEventStatusUseCase;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.application.sales.show.port.out.CancelShowsOfEventPort;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Puts an event on sale or calls it off. Calling it off also cancels its shows that have not
 * started, in the same transaction, once the event itself was saved at the version read (so a
 * refused or lost cancellation changes no show).
 */
@Singleton
public class ChangeEventStatusService implements ChangeEventStatusUseCase {
    private final LoadEventPort load;
    private final SaveEventPort save;
    private final CancelShowsOfEventPort shows;
    private final Clock clock;

    public ChangeEventStatusService(LoadEventPort load, SaveEventPort save, CancelShowsOfEventPort shows, Clock clock) {
        this.load = load;
        this.save = save;
        this.shows = shows;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Event> change(Command command) {
        Instant now = clock.instant();
        return VersionedEvents.load(load, command.id(), command.editor(), Optional.empty())
                .flatMap(event -> switch (command.change()) {
                    case PUT_ON_SALE -> event.putOnSale(command.editor(), now);
                    case CANCEL -> event.cancel(command.editor(), now);
                })
                .flatMap(save::update)
                .map(saved -> {
                    if (command.change() == Change.CANCEL) {
                        shows.cancelUpcoming(saved.id(), now);
                    }
                    return saved;
                });
    }
}
