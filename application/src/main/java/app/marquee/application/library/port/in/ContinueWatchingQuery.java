package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.progress.ContinueWatching;
import app.marquee.domain.library.progress.EpisodeInSeries;
import app.marquee.domain.library.progress.Resume;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the caller may pick up again, by the {@link ContinueWatching} policy, at most {@code limit} lines. */
public interface ContinueWatchingQuery {
    List<ResumeEntry> continueWatching(AccountId viewer, int limit);

    record ResumeEntry(Resume resume, Title title, Optional<EpisodeInSeries> episode) {
        public ResumeEntry {
            Objects.requireNonNull(resume, "resume");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(episode, "episode");
        }
    }
}
