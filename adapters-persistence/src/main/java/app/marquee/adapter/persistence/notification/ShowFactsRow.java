package app.marquee.adapter.persistence.notification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A show as sales messages name it: the event's or the film's title, the venue's name, start and zone. */
@MappedEntity("shows")
record ShowFactsRow(@Id UUID id, String title, String venueName, Instant startsAt, String timeZone) {
}
