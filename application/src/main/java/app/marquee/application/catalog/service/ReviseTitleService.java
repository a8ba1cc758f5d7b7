package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.ReviseTitleUseCase;
import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.application.catalog.port.out.SaveTitlePort;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

@Singleton
public class ReviseTitleService implements ReviseTitleUseCase {
    private final VersionedTitles titles;
    private final KnownReferences references;
    private final Clock clock;

    public ReviseTitleService(LoadTitlePort load, SaveTitlePort save, GenresPort genres, PeoplePort people,
                              Clock clock) {
        this.titles = new VersionedTitles(load, save);
        this.references = new KnownReferences(genres, people);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Title> revise(Command command) {
        Outcome<Title> loaded = titles.load(command.id(), command.expectedVersion());
        if (!(loaded instanceof Outcome.Accepted<Title> found)) {
            return loaded;
        }
        Optional<Rejection> unknown = references.unknownIn(command.details());
        if (unknown.isPresent()) {
            return Outcome.rejected(unknown.get());
        }
        Title title = found.value();
        Outcome<Title> changed = command.status()
                .map(target -> title.reviseAndMoveTo(command.details(), target, clock.instant()))
                .orElseGet(() -> title.revise(command.details(), clock.instant()));
        return changed.flatMap(revised -> titles.save(revised, command.expectedVersion()));
    }
}
