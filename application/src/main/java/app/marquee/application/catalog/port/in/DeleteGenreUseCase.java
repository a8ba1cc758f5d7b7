package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.shared.Outcome;

/** An admin deletes a genre no title uses (STILL_REFERENCED otherwise). */
public interface DeleteGenreUseCase {
    Outcome<GenreId> delete(GenreId id);
}
