package app.marquee.domain.library.review;

import java.util.Objects;
import java.util.UUID;

public record ReviewId(UUID value) {
    public ReviewId {
        Objects.requireNonNull(value, "review id");
    }

    public static ReviewId newId() {
        return new ReviewId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
