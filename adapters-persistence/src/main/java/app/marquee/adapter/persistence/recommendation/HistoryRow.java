package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** One thing a viewer did with a title: FAVORITE, FINISHED, STARTED, LIKED or DISLIKED, and when. */
@Introspected
record HistoryRow(UUID titleId, String signal, Instant at) {
}
