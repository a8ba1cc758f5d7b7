package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.shared.LocalizedName;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** An admin changes a genre's English and French names (its slug stays). */
public interface RenameGenreUseCase {
    Outcome<Genre> rename(Command command);

    record Command(GenreId id, LocalizedName name) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
