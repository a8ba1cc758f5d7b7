package app.marquee.adapter.persistence.recommendation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** What the scorer reads of a {@code titles} row; genres as text, languages as stored. */
@MappedEntity("titles")
record FeatureRow(@Id UUID id, String name, String status, String[] genreIds, int releaseYear,
                  String[] audioLanguages, long popularity, long favoriteCount) {
}
