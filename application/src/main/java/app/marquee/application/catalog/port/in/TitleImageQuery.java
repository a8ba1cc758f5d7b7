package app.marquee.application.catalog.port.in;

import app.marquee.application.shared.image.ServedImage;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageSlot;

/**
 * A title's poster or backdrop, to serve. A title the viewer may not see is TITLE_NOT_FOUND, as
 * in {@link ViewTitleQuery}; a slot with no picture is IMAGE_NOT_FOUND. The image says whether
 * anyone may see it, and so whether shared caches may keep it.
 */
public interface TitleImageQuery {
    Outcome<ServedImage> image(TitleId id, ImageSlot slot, boolean admin);
}
