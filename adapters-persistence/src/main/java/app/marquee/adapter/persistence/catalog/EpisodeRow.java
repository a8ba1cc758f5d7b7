package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One row of {@code episodes}, read with the season it belongs to. */
@Introspected
record EpisodeRow(UUID id, UUID seasonId, int number, String name, String synopsis, int runtimeMinutes) {
}
