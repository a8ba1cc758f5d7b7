package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * One row of a search's answer: a title of the page ({@code part} ITEM, at {@code position}, with
 * its sort keys), or a facet count ({@code part} GENRE or DECADE, with {@code facetValue} and
 * {@code facetCount}). One statement returns both, so the matching is done once.
 */
@Introspected
record TitleSearchRow(
        String part,
        @Nullable Long position,
        @Nullable UUID id,
        @Nullable String kind,
        @Nullable String name,
        @Nullable String originalName,
        @Nullable Integer releaseYear,
        @Nullable Integer runtimeMinutes,
        @Nullable String ageRating,
        @Nullable String status,
        @Nullable String posterBlobKey,
        @Nullable String posterMediaType,
        @Nullable Integer posterWidth,
        @Nullable Integer posterHeight,
        @Nullable Long posterBytes,
        @Nullable String posterSha256,
        @Nullable String[] genreSlugs,
        @Nullable Long score,
        @Nullable String sortName,
        @Nullable Long popularity,
        @Nullable String facetValue,
        @Nullable Long facetCount) {
}
