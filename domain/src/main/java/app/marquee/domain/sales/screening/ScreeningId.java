package app.marquee.domain.sales.screening;

import java.util.Objects;
import java.util.UUID;

public record ScreeningId(UUID value) {
    public ScreeningId {
        Objects.requireNonNull(value, "screening id");
    }

    public static ScreeningId newId() {
        return new ScreeningId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
