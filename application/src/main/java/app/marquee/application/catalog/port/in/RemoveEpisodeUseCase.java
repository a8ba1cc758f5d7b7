package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An admin removes an episode. With an expected version (the season's If-Match),
 * a season changed since is VERSION_MISMATCH.
 */
public interface RemoveEpisodeUseCase {
    Outcome<EpisodeId> remove(Command command);

    record Command(TitleId seriesId, int seasonNumber, EpisodeId episodeId, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(episodeId, "episodeId");
        }

        public Command(TitleId seriesId, int seasonNumber, EpisodeId episodeId) {
            this(seriesId, seasonNumber, episodeId, Optional.empty());
        }
    }
}
