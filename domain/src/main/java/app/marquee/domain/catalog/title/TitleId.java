package app.marquee.domain.catalog.title;

import java.util.Objects;
import java.util.UUID;

public record TitleId(UUID value) {
    public TitleId {
        Objects.requireNonNull(value, "title id");
    }

    public static TitleId newId() {
        return new TitleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
