package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code titles}, without what the database derives for search (folded text, words,
 * sort name) and without {@code popularity}, which the library fills. Enums are stored by name,
 * languages as sorted {@code text[]}, and each picture in six columns, all set or all empty.
 */
@MappedEntity("titles")
record TitleRow(
        @Id UUID id,
        String kind,
        String status,
        String name,
        @Nullable String originalName,
        String synopsis,
        int releaseYear,
        @Nullable Integer runtimeMinutes,
        @Nullable String ageRating,
        @Nullable String trailerUrl,
        String[] audioLanguages,
        String[] subtitleLanguages,
        @Nullable String posterBlobKey,
        @Nullable String posterMediaType,
        @Nullable Integer posterWidth,
        @Nullable Integer posterHeight,
        @Nullable Long posterBytes,
        @Nullable String posterSha256,
        @Nullable String backdropBlobKey,
        @Nullable String backdropMediaType,
        @Nullable Integer backdropWidth,
        @Nullable Integer backdropHeight,
        @Nullable Long backdropBytes,
        @Nullable String backdropSha256,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
