package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.playlist.Playlist;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A playlist with the catalog's titles of its items, as its owner sees it. Titles that left the
 * catalog since they were added are here too, with their status, so they can be shown as
 * unavailable instead of disappearing.
 */
public record PlaylistView(Playlist playlist, Map<TitleId, Title> titles) {
    public PlaylistView {
        Objects.requireNonNull(playlist, "playlist");
        titles = Map.copyOf(titles);
    }

    public Optional<Title> title(TitleId id) {
        return Optional.ofNullable(titles.get(id));
    }
}
