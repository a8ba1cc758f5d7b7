package app.marquee.domain.sales.hold;

import java.util.Objects;
import java.util.UUID;

public record HoldId(UUID value) {
    public HoldId {
        Objects.requireNonNull(value, "hold id");
    }

    public static HoldId newId() {
        return new HoldId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
