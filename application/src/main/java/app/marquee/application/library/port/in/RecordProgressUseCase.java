package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * A viewer's player reports where it is in a published film, or in an episode of a published
 * series. TITLE_NOT_FOUND (unknown or not published), EPISODE_REQUIRED (a series without an
 * episode), EPISODE_NOT_FOUND (not an episode of that series), POSITION_NEGATIVE,
 * POSITION_BEYOND_RUNTIME (more than 59 seconds past the runtime; up to that, the position is kept as
 * the runtime, runtimes being whole minutes). Reporting the same position again changes nothing but the time.
 */
public interface RecordProgressUseCase {
    Outcome<ProgressEntry> record(Command command);

    record Command(AccountId viewer, TitleId title, Optional<EpisodeId> episode, int positionSeconds) {
        public Command {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(episode, "episode");
        }
    }
}
