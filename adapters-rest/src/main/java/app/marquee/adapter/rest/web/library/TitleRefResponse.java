package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.web.image.ImageResponse;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * A title as the viewer's library lists it. A title taken off the catalog after it was added
 * stays in the list, marked unavailable, so nothing the viewer saved silently disappears; but
 * only a published title shows its poster, and one back in draft shows nothing but its id, since
 * editors may be rewriting it into something not yet announced.
 */
@Serdeable
@Schema(name = "TitleRef")
public record TitleRefResponse(
        UUID id,
        @Schema(allowableValues = {"MOVIE", "SERIES"}) String kind,
        @Nullable @Schema(nullable = true, example = "Amélie", description = "null while the title is back in draft")
        String title,
        @Nullable @Schema(nullable = true, example = "2001", description = "null while the title is back in draft")
        Integer releaseYear,
        @Nullable @Schema(nullable = true) ImageResponse poster,
        @Schema(description = "False once the title has left the catalog: it can no longer be watched or added")
        boolean available) {

    public static TitleRefResponse of(Title title) {
        if (title.status() == TitleStatus.DRAFT) {
            return new TitleRefResponse(title.id().value(), title.kind().name(), null, null, null, false);
        }
        boolean published = title.status() == TitleStatus.PUBLISHED;
        return new TitleRefResponse(title.id().value(), title.kind().name(), title.details().name(),
                title.details().releaseYear(), published ? title.image(ImageSlot.POSTER)
                .map(image -> ImageResponse.of("/api/v1/titles/" + title.id().value(), ImageSlot.POSTER, image))
                .orElse(null) : null,
                published);
    }
}
