package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.genre.Genre;

import java.util.List;

/** Every genre, by slug. */
public interface ListGenresQuery {
    List<Genre> list();
}
