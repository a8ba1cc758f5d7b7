package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One row of {@code seasons}: a series' season by number, 0 for the specials. */
@MappedEntity("seasons")
record SeasonRow(@Id UUID id, UUID titleId, int number, @Nullable String name, long version) {
}
