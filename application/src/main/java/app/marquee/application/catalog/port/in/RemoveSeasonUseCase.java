package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An admin removes a season and its episodes. With an expected version (the season's If-Match),
 * a season changed since is VERSION_MISMATCH.
 */
public interface RemoveSeasonUseCase {
    Outcome<SeasonId> remove(Command command);

    record Command(TitleId seriesId, int number, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }

        public Command(TitleId seriesId, int number) {
            this(seriesId, number, Optional.empty());
        }
    }
}
