package app.marquee.application.catalog.port.out;

import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.shared.Outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores genres. A slug is unique ({@code GENRE_SLUG_TAKEN}); a genre used by a title cannot be deleted. */
public interface GenresPort {
    List<Genre> all();

    Optional<Genre> byId(GenreId id);

    List<Genre> byIds(Collection<GenreId> ids);

    /** Reads the genres and keeps them from being deleted until the transaction ends: a title is about to name them. */
    List<Genre> byIdsForReference(Collection<GenreId> ids);

    Optional<Genre> bySlug(String slug);

    Outcome<Genre> add(Genre genre);

    Outcome<Genre> update(Genre genre);

    /**
     * {@code STILL_REFERENCED} when a title uses the genre, including one that a transaction still
     * open when the delete starts is about to commit.
     */
    Outcome<GenreId> delete(GenreId id);
}
