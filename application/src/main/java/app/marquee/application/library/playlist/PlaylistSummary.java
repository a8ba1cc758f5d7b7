package app.marquee.application.library.playlist;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistName;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A playlist as a list of playlists shows it: what it is called, how many titles it holds and
 * its first few titles (for a cover), without reading all of its items.
 */
public record PlaylistSummary(PlaylistId id, PlaylistName name, Optional<PlaylistDescription> description,
                              int itemCount, List<TitleId> firstTitles, Instant createdAt, Instant updatedAt,
                              long version) {
    /** How many of the first titles a summary carries. */
    public static final int PREVIEW_SIZE = 4;

    public PlaylistSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        firstTitles = List.copyOf(firstTitles);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Where a page of playlists ended: they are listed by name (ignoring case), then id. */
    public record Position(String nameKey, PlaylistId id) {
        public Position {
            Objects.requireNonNull(nameKey, "nameKey");
            Objects.requireNonNull(id, "id");
        }
    }
}
