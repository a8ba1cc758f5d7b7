package app.marquee.domain.sales.show;

import java.util.Objects;
import java.util.UUID;

public record TierId(UUID value) {
    public TierId {
        Objects.requireNonNull(value, "tier id");
    }

    public static TierId newId() {
        return new TierId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
