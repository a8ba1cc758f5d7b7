package app.marquee.application.catalog.port.in;

import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An admin uploads a title's poster or backdrop. The picture is judged by its content (format,
 * decodability, size in bytes and pixels), never by its file name, and replaces the one shown.
 */
public interface AttachTitleImageUseCase {
    Outcome<Title> attach(Command command);

    record Command(TitleId id, ImageSlot slot, byte[] bytes, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
