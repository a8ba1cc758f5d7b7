package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.AttachEventImageUseCase;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.SaveEventPort;
import app.marquee.application.shared.image.Pictures;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * As for titles: the bytes pass {@link Pictures}' first checks, then the event is read (someone
 * else's event or a stale If-Match costs no decode), then the picture is decoded, checked and
 * stored, and the event, pointed at it, is saved at the version read: one conditional write, so
 * an event changed meanwhile is refused. Decoding is slow, so none of it runs in a transaction.
 */
@Singleton
public class AttachEventImageService implements AttachEventImageUseCase {
    private final LoadEventPort load;
    private final SaveEventPort save;
    private final Pictures pictures;
    private final Clock clock;

    public AttachEventImageService(LoadEventPort load, SaveEventPort save, Pictures pictures, Clock clock) {
        this.load = load;
        this.save = save;
        this.pictures = pictures;
        this.clock = clock;
    }

    @Override
    public Outcome<Event> attach(Command command) {
        return pictures.receive(command.bytes())
                .flatMap(upload -> VersionedEvents.load(load, command.id(), command.editor(), command.expectedVersion())
                        .flatMap(event -> pictures.keep(upload, command.slot())
                                .flatMap(image -> event.show(command.slot(), image, command.editor(), clock.instant()))))
                .flatMap(event -> VersionedEvents.saved(save.update(event), command.expectedVersion()));
    }
}
