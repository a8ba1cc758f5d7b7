package app.marquee.adapter.persistence.catalog;

import app.marquee.application.catalog.port.out.TitleReferencesPort;
import app.marquee.domain.catalog.title.TitleId;
import jakarta.inject.Singleton;

/**
 * Whether anything outside the catalog points at a title, in which case it is archived rather
 * than deleted. The catalog's own rows (genres, credits, seasons, episodes) go with the title and
 * do not count. See {@link TitleReferencesRepository#isReferenced} for the tables asked.
 */
@Singleton
public class TitleReferencesPersistenceAdapter implements TitleReferencesPort {
    private final TitleReferencesRepository references;

    TitleReferencesPersistenceAdapter(TitleReferencesRepository references) {
        this.references = references;
    }

    @Override
    public boolean isReferenced(TitleId id) {
        return references.isReferenced(id.value());
    }
}
