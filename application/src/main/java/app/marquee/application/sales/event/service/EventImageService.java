package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.EventImageQuery;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.shared.image.Pictures;
import app.marquee.application.shared.image.ServedImage;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventVisibility;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageSlot;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Reads the event (who may see it, which blob it shows), then the blob, outside any transaction. */
@Singleton
public class EventImageService implements EventImageQuery {
    private final LoadEventPort load;
    private final Pictures pictures;

    public EventImageService(LoadEventPort load, Pictures pictures) {
        this.load = load;
        this.pictures = pictures;
    }

    @Override
    public Outcome<ServedImage> image(EventId id, ImageSlot slot, Reader reader) {
        return load.byId(id).filter(event -> EventVisibility.mayRead(event, reader.account(), reader.role()))
                .map(event -> pictures.serve(event.image(slot), forEveryone(event)))
                .orElse(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
    }

    private static boolean forEveryone(Event event) {
        return EventVisibility.mayRead(event, Optional.empty(), Role.USER);
    }
}
