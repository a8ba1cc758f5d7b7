package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An admin rewrites an episode, possibly renumbering it within its season. With an expected version (the season's If-Match),
 * a season changed since is VERSION_MISMATCH.
 */
public interface ReviseEpisodeUseCase {
    /** The season as it is after the change, for its new version. */
    Outcome<Season> revise(Command command);

    record Command(TitleId seriesId, int seasonNumber, EpisodeId episodeId, EpisodeDraft draft,
                   Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(episodeId, "episodeId");
            Objects.requireNonNull(draft, "draft");
        }

        public Command(TitleId seriesId, int seasonNumber, EpisodeId episodeId, EpisodeDraft draft) {
            this(seriesId, seasonNumber, episodeId, draft, Optional.empty());
        }
    }
}
