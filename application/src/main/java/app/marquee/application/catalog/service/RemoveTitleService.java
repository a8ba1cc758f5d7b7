package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.RemoveTitleUseCase;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SaveTitlePort;
import app.marquee.application.catalog.port.out.TitleReferencesPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

@Singleton
public class RemoveTitleService implements RemoveTitleUseCase {
    private final LoadTitlePort load;
    private final SaveTitlePort save;
    private final TitleReferencesPort references;
    private final Clock clock;

    public RemoveTitleService(LoadTitlePort load, SaveTitlePort save, TitleReferencesPort references, Clock clock) {
        this.load = load;
        this.save = save;
        this.references = references;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Removal> remove(TitleId id) {
        Optional<Title> found = load.byIdForRemoval(id);
        if (found.isEmpty()) {
            return Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND);
        }
        if (references.isReferenced(id)) {
            return found.get().moveTo(TitleStatus.ARCHIVED, clock.instant())
                    .flatMap(save::update)
                    .map(archived -> Removal.ARCHIVED);
        }
        save.delete(id);
        return Outcome.accepted(Removal.DELETED);
    }
}
