package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** What {@code event_show_tally} says of one event's shows. */
@Introspected
record ShowTallyRow(UUID eventId, long allShows, long notStarted, long withPlacesLeft) {
}
