package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.library.favorite.Favorite;

import java.util.Objects;

/** A favorite with its title as the catalog has it now (possibly no longer published). */
public record FavoriteEntry(Favorite favorite, Title title) {
    public FavoriteEntry {
        Objects.requireNonNull(favorite, "favorite");
        Objects.requireNonNull(title, "title");
    }
}
