package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.shared.LocalizedName;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** An admin adds a genre; its slug is unique (GENRE_SLUG_TAKEN). */
public interface CreateGenreUseCase {
    Outcome<Genre> create(Command command);

    record Command(String slug, LocalizedName name) {
        public Command {
            if (!Genre.isValidSlug(slug)) {
                throw new IllegalArgumentException("a slug is lower-case words joined by hyphens, at most "
                        + Genre.MAX_SLUG_LENGTH + " characters");
            }
            Objects.requireNonNull(name, "name");
        }
    }
}
