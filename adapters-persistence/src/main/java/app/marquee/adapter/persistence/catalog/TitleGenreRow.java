package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One row of {@code title_genres}: a genre a title is filed under. */
@Introspected
record TitleGenreRow(UUID titleId, UUID genreId) {
}
