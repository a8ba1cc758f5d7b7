package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ChangeEventStatusUseCase;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

@Singleton
public class ChangeEventStatusService implements ChangeEventStatusUseCase {
    private final LoadEventPort load;
    private final SaveEventPort save;
    private final Clock clock;

    public ChangeEventStatusService(LoadEventPort load, SaveEventPort save, Clock clock) {
        this.load = load;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Event> change(Command command) {
        return VersionedEvents.load(load, command.id(), command.editor(), Optional.empty())
                .flatMap(event -> switch (command.change()) {
                    case PUT_ON_SALE -> event.putOnSale(command.editor(), clock.instant());
                    case CANCEL -> event.cancel(command.editor(), clock.instant());
                })
                .flatMap(save::update);
    }
}
