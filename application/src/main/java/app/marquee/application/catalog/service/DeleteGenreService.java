package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.DeleteGenreUseCase;
import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** The store refuses to delete a genre a title uses (STILL_REFERENCED): it alone sees every title at once. */
@Singleton
public class DeleteGenreService implements DeleteGenreUseCase {
    private final GenresPort genres;

    public DeleteGenreService(GenresPort genres) {
        this.genres = genres;
    }

    @Override
    @Transactional
    public Outcome<GenreId> delete(GenreId id) {
        if (genres.byId(id).isEmpty()) {
            return Outcome.rejected(CatalogRejection.GENRE_NOT_FOUND);
        }
        return genres.delete(id);
    }
}
