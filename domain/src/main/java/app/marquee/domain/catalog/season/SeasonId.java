package app.marquee.domain.catalog.season;

import java.util.Objects;
import java.util.UUID;

public record SeasonId(UUID value) {
    public SeasonId {
        Objects.requireNonNull(value, "season id");
    }

    public static SeasonId newId() {
        return new SeasonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
