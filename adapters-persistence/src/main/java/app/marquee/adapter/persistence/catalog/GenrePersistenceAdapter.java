package app.marquee.adapter.persistence.catalog;

import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.shared.LocalizedName;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Genres in PostgreSQL. The database has the last word on the slug being unique and on a genre
 * in use staying, and answers with the domain's rejections ({@code GENRE_SLUG_TAKEN},
 * {@code STILL_REFERENCED}) without a failed statement that would abort the caller's transaction.
 */
@Singleton
public class GenrePersistenceAdapter implements GenresPort {
    private final GenreRepository genres;

    GenrePersistenceAdapter(GenreRepository genres) {
        this.genres = genres;
    }

    @Override
    public List<Genre> all() {
        return genres.all().stream().map(GenrePersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<Genre> byId(GenreId id) {
        return genres.findById(id.value()).map(GenrePersistenceAdapter::toDomain);
    }

    @Override
    public List<Genre> byIds(Collection<GenreId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return genres.findByIdIn(ids.stream().map(GenreId::value).toList()).stream()
                .map(GenrePersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Genre> byIdsForReference(Collection<GenreId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return genres.findByIdInForKeyShare(ids.stream().map(id -> id.value().toString()).toArray(String[]::new))
                .stream().map(GenrePersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<Genre> bySlug(String slug) {
        return genres.findBySlug(slug).map(GenrePersistenceAdapter::toDomain);
    }

    @Override
    public Outcome<Genre> add(Genre genre) {
        int inserted = genres.insertUnlessSlugTaken(genre.id().value(), genre.slug(), genre.name().en(),
                genre.name().fr(), genre.version());
        if (inserted == 0) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.GENRE_SLUG_TAKEN, "slug"));
        }
        return Outcome.accepted(genre);
    }

    @Override
    public Outcome<Genre> update(Genre genre) {
        int updated = genres.updateAtVersion(genre.id().value(), genre.version(), genre.name().en(), genre.name().fr());
        if (updated == 0) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        return Outcome.accepted(Genre.rehydrate(genre.id(), genre.slug(), genre.name(), genre.version() + 1));
    }

    @Override
    @Transactional
    public Outcome<GenreId> delete(GenreId id) {
        genres.findByIdForUpdate(id.value());
        return switch (genres.deleteUnlessUsed(id.value())) {
            case "DELETED" -> Outcome.accepted(id);
            case "REFERENCED" -> Outcome.rejected(CatalogRejection.STILL_REFERENCED);
            default -> Outcome.rejected(CatalogRejection.GENRE_NOT_FOUND);
        };
    }

    private static Genre toDomain(GenreRow row) {
        return Genre.rehydrate(new GenreId(row.id()), row.slug(), new LocalizedName(row.nameEn(), row.nameFr()),
                row.version());
    }
}
