package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * A viewer removes a title from the history: a film's entry, every episode of a series, or one
 * episode. PROGRESS_NOT_FOUND when the caller's history holds nothing of it (another viewer's
 * entries are never reached).
 */
public interface ForgetProgressUseCase {
    Outcome<TitleId> forget(Command command);

    record Command(AccountId viewer, TitleId title, Optional<EpisodeId> episode) {
        public Command {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(episode, "episode");
        }
    }
}
