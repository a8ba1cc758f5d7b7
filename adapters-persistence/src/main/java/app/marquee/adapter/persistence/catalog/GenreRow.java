package app.marquee.adapter.persistence.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One row of {@code genres}. */
@MappedEntity("genres")
record GenreRow(@Id UUID id, String slug, String nameEn, String nameFr, long version) {
}
