package app.marquee.domain.library.progress;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of "continue watching": what to play, from where, and whether it is the episode after
 * one the viewer finished ({@code next}) rather than something left half-way.
 * {@code lastWatchedAt} is when the viewer last watched anything of that title.
 */
public record Resume(WatchedItem item, ResumePosition position, boolean next, Instant lastWatchedAt) {
    public Resume {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(lastWatchedAt, "lastWatchedAt");
    }
}
