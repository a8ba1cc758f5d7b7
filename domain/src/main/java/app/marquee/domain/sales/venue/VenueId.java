package app.marquee.domain.sales.venue;

import java.util.Objects;
import java.util.UUID;

public record VenueId(UUID value) {
    public VenueId {
        Objects.requireNonNull(value, "venue id");
    }

    public static VenueId newId() {
        return new VenueId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
