package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of an events page: the event's columns, then what its shows say ({@code event_show_tally}). */
@Introspected
record ListedEventRow(UUID id, String title, String titleKey, String description, String category,
                      @Nullable String performer, UUID ownerId, @Nullable UUID tourId, String status,
                      Instant createdAt, Instant updatedAt, long version,
                      long allShows, long notStarted, long withPlacesLeft) {

    EventRow event() {
        return new EventRow(id, title, titleKey, description, category, performer, ownerId, tourId, status, createdAt,
                updatedAt, version);
    }

    ShowTallyRow tally() {
        return new ShowTallyRow(id, allShows, notStarted, withPlacesLeft);
    }
}
