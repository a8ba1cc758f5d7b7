package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** An episode read with its series and its season's number. */
@Introspected
record EpisodeInSeriesRow(UUID id, UUID titleId, int seasonNumber, int number, String name, String synopsis,
                          int runtimeMinutes) {
}
