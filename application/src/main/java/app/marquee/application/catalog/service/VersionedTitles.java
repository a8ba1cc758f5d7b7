package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SaveTitlePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Optional;

/**
 * Optimistic concurrency for title edits. A client that says which version it edited (its
 * If-Match) is refused with VERSION_MISMATCH when the title has moved on, whether that is seen on
 * loading or, after a race, on saving; a client that did not say gets CONCURRENT_UPDATE from the
 * race instead.
 */
final class VersionedTitles {
    private final LoadTitlePort load;
    private final SaveTitlePort save;

    VersionedTitles(LoadTitlePort load, SaveTitlePort save) {
        this.load = load;
        this.save = save;
    }

    Outcome<Title> load(TitleId id, Optional<Long> expectedVersion) {
        Optional<Title> found = load.byId(id);
        if (found.isEmpty()) {
            return Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND);
        }
        if (expectedVersion.filter(expected -> expected != found.get().version()).isPresent()) {
            return Outcome.rejected(CatalogRejection.VERSION_MISMATCH);
        }
        return Outcome.accepted(found.get());
    }

    Outcome<Title> save(Title title, Optional<Long> expectedVersion) {
        Outcome<Title> saved = save.update(title);
        return expectedVersion.isPresent()
                ? saved.recast(CatalogRejection.CONCURRENT_UPDATE, CatalogRejection.VERSION_MISMATCH) : saved;
    }
}
