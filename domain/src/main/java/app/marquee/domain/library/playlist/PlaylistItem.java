package app.marquee.domain.library.playlist;

import app.marquee.domain.catalog.title.TitleId;

import java.time.Instant;
import java.util.Objects;

/** A title in a playlist, and when it was put there. Its position is its place in the playlist's list. */
public record PlaylistItem(TitleId titleId, Instant addedAt) {
    public PlaylistItem {
        Objects.requireNonNull(titleId, "titleId");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
