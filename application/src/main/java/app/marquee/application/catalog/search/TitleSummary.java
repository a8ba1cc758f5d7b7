package app.marquee.application.catalog.search;

import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A title as a list shows it. */
public record TitleSummary(TitleId id, TitleKind kind, String title, Optional<String> originalTitle,
                           int releaseYear, OptionalInt runtimeMinutes, List<String> genreSlugs,
                           Optional<String> ageRating, Optional<ImageRef> poster, TitleStatus status) {
    public TitleSummary {
        genreSlugs = List.copyOf(genreSlugs);
    }
}
