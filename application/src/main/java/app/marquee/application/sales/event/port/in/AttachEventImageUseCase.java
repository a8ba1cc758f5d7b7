package app.marquee.application.sales.event.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageSlot;

import java.util.Objects;
import java.util.Optional;

/**
 * The owner (or an ADMIN) uploads an event's poster or backdrop, judged by its content as a
 * title's is (IMAGE_TOO_LARGE, IMAGE_FORMAT_UNSUPPORTED, IMAGE_UNREADABLE, IMAGE_DIMENSIONS), which
 * replaces the one shown. EVENT_NOT_FOUND for anyone else, EVENT_CANCELLED, VERSION_MISMATCH when
 * the version expected is not the current one, CONCURRENT_UPDATE for the loser of a race.
 */
public interface AttachEventImageUseCase {
    Outcome<Event> attach(Command command);

    record Command(EventId id, Editor editor, ImageSlot slot, byte[] bytes, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(editor, "editor");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
