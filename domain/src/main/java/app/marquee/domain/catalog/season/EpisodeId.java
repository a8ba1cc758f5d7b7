package app.marquee.domain.catalog.season;

import java.util.Objects;
import java.util.UUID;

public record EpisodeId(UUID value) {
    public EpisodeId {
        Objects.requireNonNull(value, "episode id");
    }

    public static EpisodeId newId() {
        return new EpisodeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
