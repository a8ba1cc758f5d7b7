package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One of a title's kept co-favorites, with how many accounts favorite both. */
@Introspected
record CoFavoriteRow(UUID titleId, UUID coFavoriteId, long together) {
}
