package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.CreateTitleUseCase;
import app.marquee.application.catalog.port.out.GenresPort;
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
public class CreateTitleService implements CreateTitleUseCase {
    private final KnownReferences references;
    private final SaveTitlePort titles;
    private final Clock clock;

    public CreateTitleService(GenresPort genres, PeoplePort people, SaveTitlePort titles, Clock clock) {
        this.references = new KnownReferences(genres, people);
        this.titles = titles;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Title> create(Command command) {
        Optional<Rejection> unknown = references.unknownIn(command.details());
        if (unknown.isPresent()) {
            return Outcome.rejected(unknown.get());
        }
        return Title.draft(command.kind(), command.details(), clock.instant()).map(titles::add);
    }
}
