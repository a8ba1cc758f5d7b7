package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.ChangeTitleStatusUseCase;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SaveTitlePort;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

@Singleton
public class ChangeTitleStatusService implements ChangeTitleStatusUseCase {
    private final VersionedTitles titles;
    private final Clock clock;

    public ChangeTitleStatusService(LoadTitlePort load, SaveTitlePort save, Clock clock) {
        this.titles = new VersionedTitles(load, save);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Title> change(Command command) {
        return titles.load(command.id(), command.expectedVersion())
                .flatMap(title -> title.moveTo(command.target(), clock.instant()))
                .flatMap(moved -> titles.save(moved, command.expectedVersion()));
    }
}
