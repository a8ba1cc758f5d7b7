package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.CreateGenreUseCase;
import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

/** The store keeps slugs unique and answers GENRE_SLUG_TAKEN, so two admins racing cannot both win. */
@Singleton
public class CreateGenreService implements CreateGenreUseCase {
    private final GenresPort genres;

    public CreateGenreService(GenresPort genres) {
        this.genres = genres;
    }

    @Override
    public Outcome<Genre> create(Command command) {
        return genres.add(Genre.create(command.slug(), command.name()));
    }
}
