package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/** An admin names or renames a season. */
public interface RenameSeasonUseCase {
    Outcome<Season> rename(Command command);

    record Command(TitleId seriesId, int number, Optional<String> name) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(name, "name");
        }
    }
}
