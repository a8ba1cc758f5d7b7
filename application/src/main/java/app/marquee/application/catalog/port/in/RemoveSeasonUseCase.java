package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** An admin removes a season and its episodes. */
public interface RemoveSeasonUseCase {
    Outcome<SeasonId> remove(Command command);

    record Command(TitleId seriesId, int number) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
        }
    }
}
