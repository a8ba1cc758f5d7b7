package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.web.catalog.ImageResponse;
import app.marquee.domain.catalog.title.ImageSlot;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * A title as the viewer's library lists it. A title taken off the catalog after it was added
 * (archived, or back to draft) stays in the list, marked unavailable, so nothing the viewer
 * saved silently disappears.
 */
@Serdeable
@Schema(name = "TitleRef")
public record TitleRefResponse(
        UUID id,
        @Schema(allowableValues = {"MOVIE", "SERIES"}) String kind,
        @Schema(example = "Amélie") String title,
        @Schema(example = "2001") int releaseYear,
        @Nullable @Schema(nullable = true) ImageResponse poster,
        @Schema(description = "False once the title has left the catalog: it can no longer be watched or added")
        boolean available) {

    public static TitleRefResponse of(Title title) {
        return new TitleRefResponse(title.id().value(), title.kind().name(), title.details().name(),
                title.details().releaseYear(),
                title.image(ImageSlot.POSTER).map(image -> ImageResponse.of(title.id(), ImageSlot.POSTER, image))
                        .orElse(null),
                title.status() == TitleStatus.PUBLISHED);
    }
}
