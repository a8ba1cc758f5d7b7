package app.marquee.domain.sales.venue;

import java.util.Objects;
import java.util.UUID;

public record SeatId(UUID value) {
    public SeatId {
        Objects.requireNonNull(value, "seat id");
    }

    public static SeatId newId() {
        return new SeatId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
