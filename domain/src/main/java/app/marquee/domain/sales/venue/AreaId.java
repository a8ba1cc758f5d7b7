package app.marquee.domain.sales.venue;

import java.util.Objects;
import java.util.UUID;

public record AreaId(UUID value) {
    public AreaId {
        Objects.requireNonNull(value, "area id");
    }

    public static AreaId newId() {
        return new AreaId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
