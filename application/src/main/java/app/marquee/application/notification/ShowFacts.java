package app.marquee.application.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A show as its buyers' messages name it: title, venue, start and the venue's time zone. */
public record ShowFacts(String title, String venue, Instant startsAt, ZoneId zone) {
    public ShowFacts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(zone, "zone");
    }
}
