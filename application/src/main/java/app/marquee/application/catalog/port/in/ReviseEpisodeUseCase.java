package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** An admin rewrites an episode, possibly renumbering it within its season. */
public interface ReviseEpisodeUseCase {
    Outcome<Episode> revise(Command command);

    record Command(TitleId seriesId, int seasonNumber, EpisodeId episodeId, EpisodeDraft draft) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(episodeId, "episodeId");
            Objects.requireNonNull(draft, "draft");
        }
    }
}
