package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One row of {@code event_images}: the picture an event shows in one slot (POSTER, BACKDROP). */
@Introspected
record EventImageRow(UUID eventId, String slot, String blobKey, String mediaType, int width, int height, long bytes,
                     String sha256) {
}
