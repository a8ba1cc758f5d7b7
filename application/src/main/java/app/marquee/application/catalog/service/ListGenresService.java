package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.ListGenresQuery;
import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.domain.catalog.genre.Genre;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

@Singleton
public class ListGenresService implements ListGenresQuery {
    private final GenresPort genres;

    public ListGenresService(GenresPort genres) {
        this.genres = genres;
    }

    @Override
    public List<Genre> list() {
        return genres.all().stream().sorted(Comparator.comparing(Genre::slug)).toList();
    }
}
