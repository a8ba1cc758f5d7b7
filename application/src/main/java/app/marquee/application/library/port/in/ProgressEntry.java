package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.library.progress.EpisodeInSeries;
import app.marquee.domain.library.progress.WatchProgress;

import java.util.Objects;
import java.util.Optional;

/** A viewer's entry with what it is about: the title (whatever its status now) and the episode, if any. */
public record ProgressEntry(WatchProgress progress, Title title, Optional<EpisodeInSeries> episode) {
    public ProgressEntry {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(episode, "episode");
    }
}
