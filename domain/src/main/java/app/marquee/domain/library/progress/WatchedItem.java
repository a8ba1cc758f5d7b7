package app.marquee.domain.library.progress;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;

import java.util.Objects;
import java.util.Optional;

/** What a viewer watches: a film (no episode), or one episode of a series. */
public record WatchedItem(TitleId title, Optional<EpisodeId> episode) {
    public WatchedItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(episode, "episode");
    }

    public static WatchedItem film(TitleId title) {
        return new WatchedItem(title, Optional.empty());
    }

    public static WatchedItem episode(TitleId series, EpisodeId episode) {
        return new WatchedItem(series, Optional.of(episode));
    }
}
