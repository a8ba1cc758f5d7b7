package app.marquee.application.library.service;

import app.marquee.application.library.port.in.ProgressEntry;
import app.marquee.application.library.port.in.RecordProgressUseCase;
import app.marquee.application.library.port.out.LoadEpisodesPort;
import app.marquee.application.library.port.out.WatchProgressPort;
import app.marquee.domain.library.progress.ResumePosition;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Checks what is watched and the position against its runtime, lets the entry move, and saves
 * it; the port merges with a report another instance may be saving at the same moment.
 */
@Singleton
public class RecordProgressService implements RecordProgressUseCase {
    private final WatchableItems watchables;
    private final WatchProgressPort progress;
    private final Clock clock;

    public RecordProgressService(LibraryTitles titles, LoadEpisodesPort episodes, WatchProgressPort progress,
                                 Clock clock) {
        this.watchables = new WatchableItems(titles, episodes);
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<ProgressEntry> record(Command command) {
        return watchables.find(command.title(), command.episode()).flatMap(watchable ->
                ResumePosition.of(command.positionSeconds(), watchable.runtimeSeconds()).map(position -> {
                    Instant now = clock.instant();
                    WatchProgress entry = progress.find(command.viewer(), watchable.item())
                            .map(existing -> existing.moveTo(position, now))
                            .orElseGet(() -> WatchProgress.begin(command.viewer(), watchable.item(), position, now));
                    return new ProgressEntry(progress.save(entry), watchable.title(), watchable.episode());
                }));
    }
}
