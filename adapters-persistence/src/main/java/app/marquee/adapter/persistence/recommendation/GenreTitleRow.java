package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One of a genre's most popular published titles. */
@Introspected
record GenreTitleRow(UUID genreId, UUID titleId) {
}
