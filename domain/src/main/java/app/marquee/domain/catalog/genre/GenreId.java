package app.marquee.domain.catalog.genre;

import java.util.Objects;
import java.util.UUID;

public record GenreId(UUID value) {
    public GenreId {
        Objects.requireNonNull(value, "genre id");
    }

    public static GenreId newId() {
        return new GenreId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
