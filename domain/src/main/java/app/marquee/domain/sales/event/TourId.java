package app.marquee.domain.sales.event;

import java.util.Objects;
import java.util.UUID;

public record TourId(UUID value) {
    public TourId {
        Objects.requireNonNull(value, "tour id");
    }

    public static TourId newId() {
        return new TourId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
