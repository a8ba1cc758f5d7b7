package app.marquee.adapter.rest.web.catalog;

import app.marquee.domain.catalog.title.ImageRef;
import app.marquee.domain.catalog.title.ImageSlot;
import app.marquee.domain.catalog.title.TitleId;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Locale;

/**
 * A title's poster or backdrop as responses show it. The address carries the start of the
 * picture's digest, so a new upload gets a new address and caches never serve the old one.
 */
@Serdeable
@Schema(name = "TitleImage")
public record ImageResponse(
        @Schema(example = "/api/v1/titles/3f6c…/images/poster?v=9f86d081884c") String url,
        @Schema(example = "1000") int width,
        @Schema(example = "1500") int height,
        @Schema(allowableValues = {"image/jpeg", "image/png", "image/webp"}) String mediaType) {

    public static ImageResponse of(TitleId title, ImageSlot slot, ImageRef image) {
        return new ImageResponse("/api/v1/titles/" + title.value() + "/images/" + slot.name().toLowerCase(Locale.ROOT)
                + "?v=" + image.sha256().substring(0, Math.min(12, image.sha256().length())), image.width(),
                image.height(), image.mediaType());
    }
}
