package app.marquee.domain.library.playlist;

import java.util.Objects;
import java.util.UUID;

public record PlaylistId(UUID value) {
    public PlaylistId {
        Objects.requireNonNull(value, "playlist id");
    }

    public static PlaylistId newId() {
        return new PlaylistId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
