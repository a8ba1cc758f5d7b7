package app.marquee.application.library.service;

import app.marquee.application.library.port.in.ForgetProgressUseCase;
import app.marquee.application.library.port.out.WatchProgressPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Removes entries of the caller's own history only; nothing removed is PROGRESS_NOT_FOUND. */
@Singleton
public class ForgetProgressService implements ForgetProgressUseCase {
    private final WatchProgressPort progress;

    public ForgetProgressService(WatchProgressPort progress) {
        this.progress = progress;
    }

    @Override
    @Transactional
    public Outcome<TitleId> forget(Command command) {
        if (progress.forget(command.viewer(), command.title(), command.episode()) == 0) {
            return Outcome.rejected(LibraryRejection.PROGRESS_NOT_FOUND);
        }
        return Outcome.accepted(command.title());
    }
}
