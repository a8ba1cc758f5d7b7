package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.title.ImageRef;
import app.marquee.domain.catalog.title.ImageSlot;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/**
 * A title's poster or backdrop, to serve. A title the viewer may not see is TITLE_NOT_FOUND, as
 * in {@link ViewTitleQuery}; a slot with no picture is IMAGE_NOT_FOUND. {@code forEveryone} says
 * whether anyone may see it, and so whether shared caches may keep it.
 */
public interface TitleImageQuery {
    Outcome<TitleImage> image(TitleId id, ImageSlot slot, boolean admin);

    record TitleImage(ImageRef ref, byte[] bytes, boolean forEveryone) {
        public TitleImage {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}
