package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** An admin removes an episode. */
public interface RemoveEpisodeUseCase {
    Outcome<EpisodeId> remove(Command command);

    record Command(TitleId seriesId, int seasonNumber, EpisodeId episodeId) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(episodeId, "episodeId");
        }
    }
}
