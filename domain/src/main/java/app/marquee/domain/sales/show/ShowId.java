package app.marquee.domain.sales.show;

import java.util.Objects;
import java.util.UUID;

public record ShowId(UUID value) {
    public ShowId {
        Objects.requireNonNull(value, "show id");
    }

    public static ShowId newId() {
        return new ShowId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
