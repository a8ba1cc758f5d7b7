package app.marquee.adapter.rest.web.image;

import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Locale;

/**
 * A poster or backdrop (of a title, of an event) as responses show it. The address carries the
 * start of the picture's digest, so a new upload gets a new address and caches never serve the old one.
 */
@Serdeable
@Schema(name = "Image")
public record ImageResponse(
        @Schema(example = "/api/v1/titles/3f6c…/images/poster?v=9f86d081884c") String url,
        @Schema(example = "1000") int width,
        @Schema(example = "1500") int height,
        @Schema(allowableValues = {"image/jpeg", "image/png", "image/webp"}) String mediaType) {

    /** The picture in {@code slot} of the resource at {@code resource} ("/api/v1/titles/{id}"). */
    public static ImageResponse of(String resource, ImageSlot slot, ImageRef image) {
        return new ImageResponse(resource + "/images/" + slot.name().toLowerCase(Locale.ROOT)
                + "?v=" + image.sha256().substring(0, Math.min(12, image.sha256().length())), image.width(),
                image.height(), image.mediaType());
    }
}
