package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.RenameGenreUseCase;
import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Optional;

@Singleton
public class RenameGenreService implements RenameGenreUseCase {
    private final GenresPort genres;

    public RenameGenreService(GenresPort genres) {
        this.genres = genres;
    }

    @Override
    @Transactional
    public Outcome<Genre> rename(Command command) {
        Optional<Genre> found = genres.byId(command.id());
        if (found.isEmpty()) {
            return Outcome.rejected(CatalogRejection.GENRE_NOT_FOUND);
        }
        found.get().rename(command.name());
        return genres.update(found.get());
    }
}
