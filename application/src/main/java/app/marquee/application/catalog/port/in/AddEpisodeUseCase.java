package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** An admin adds an episode to a season (EPISODE_NUMBER_TAKEN when its number is used). */
public interface AddEpisodeUseCase {
    /** The season as it is after the addition, with its new version; the episode is in it by its number. */
    Outcome<Season> add(Command command);

    record Command(TitleId seriesId, int seasonNumber, EpisodeDraft draft) {
        public Command {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(draft, "draft");
        }
    }
}
