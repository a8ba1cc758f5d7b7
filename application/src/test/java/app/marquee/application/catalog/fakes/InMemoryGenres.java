package app.marquee.application.catalog.fakes;

import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Genres as a table with a unique slug (GENRE_SLUG_TAKEN) and a foreign key from titles: a genre
 * a stored title uses cannot be deleted (STILL_REFERENCED). Reads return insertion order.
 */
public final class InMemoryGenres implements GenresPort {
    private final Map<GenreId, Genre> rows = new LinkedHashMap<>();
    private final InMemoryTitles titles;

    public InMemoryGenres(InMemoryTitles titles) {
        this.titles = titles;
    }

    @Override
    public List<Genre> all() {
        return rows.values().stream().map(InMemoryGenres::copy).toList();
    }

    @Override
    public Optional<Genre> byId(GenreId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryGenres::copy);
    }

    @Override
    public List<Genre> byIdsForReference(Collection<GenreId> ids) {
        return byIds(ids);
    }

    @Override
    public List<Genre> byIds(Collection<GenreId> ids) {
        return ids.stream().distinct().map(rows::get).filter(Objects::nonNull).map(InMemoryGenres::copy).toList();
    }

    @Override
    public Optional<Genre> bySlug(String slug) {
        return rows.values().stream().filter(g -> g.slug().equals(slug)).findFirst().map(InMemoryGenres::copy);
    }

    @Override
    public Outcome<Genre> add(Genre genre) {
        if (rows.containsKey(genre.id())) {
            throw new IllegalStateException("genre " + genre.id() + " was already added");
        }
        if (bySlug(genre.slug()).isPresent()) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.GENRE_SLUG_TAKEN, "slug"));
        }
        Genre stored = copy(genre, 0);
        rows.put(stored.id(), stored);
        return Outcome.accepted(copy(stored));
    }

    @Override
    public Outcome<Genre> update(Genre genre) {
        Genre current = rows.get(genre.id());
        if (current == null) {
            throw new IllegalStateException("genre " + genre.id() + " was never added");
        }
        if (current.version() != genre.version()) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        Genre stored = copy(genre, genre.version() + 1);
        rows.put(stored.id(), stored);
        return Outcome.accepted(copy(stored));
    }

    @Override
    public Outcome<GenreId> delete(GenreId id) {
        if (!rows.containsKey(id)) {
            return Outcome.rejected(CatalogRejection.GENRE_NOT_FOUND);
        }
        if (titles.usesGenre(id)) {
            return Outcome.rejected(CatalogRejection.STILL_REFERENCED);
        }
        rows.remove(id);
        return Outcome.accepted(id);
    }

    public Genre seed(Genre genre) {
        return add(genre).orElseThrow(rejection -> new IllegalStateException("cannot seed: " + rejection));
    }

    public Genre stored(GenreId id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no genre " + id));
    }

    public int count() {
        return rows.size();
    }

    private static Genre copy(Genre g) {
        return copy(g, g.version());
    }

    private static Genre copy(Genre g, long version) {
        return Genre.rehydrate(g.id(), g.slug(), g.name(), version);
    }
}
