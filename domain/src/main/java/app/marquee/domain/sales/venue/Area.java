package app.marquee.domain.sales.venue;

import java.util.Objects;

/** A general-admission area ("Standing", "Lawn"): places without numbers, at least one. */
public record Area(AreaId id, String name, int capacity) {
    public static final int MAX_NAME_LENGTH = 60;

    public Area {
        Objects.requireNonNull(id, "id");
        name = Address.text(name, 1, MAX_NAME_LENGTH, "area name");
        if (capacity < 1) {
            throw new IllegalArgumentException("an area holds at least one place");
        }
    }

    Area withId(AreaId kept) {
        return new Area(kept, name, capacity);
    }
}
