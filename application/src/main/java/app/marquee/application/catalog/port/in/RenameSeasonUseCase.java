package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An admin names or renames a season. With an expected version (the season's If-Match),
 * a season changed since is VERSION_MISMATCH.
 */
public interface RenameSeasonUseCase {
    Outcome<Season> rename(Command command);

    record Command(TitleId seriesId, int number, Optional<String> name, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(name, "name");
        }

        public Command(TitleId seriesId, int number, Optional<String> name) {
            this(seriesId, number, name, Optional.empty());
        }
    }
}
