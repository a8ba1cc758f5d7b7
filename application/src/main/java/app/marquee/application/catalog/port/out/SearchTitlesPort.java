package app.marquee.application.catalog.port.out;

import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSearchPage;
import app.marquee.domain.shared.Outcome;

/**
 * Full-text, accent- and typo-tolerant search over titles, with facet counts, done by the
 * database with its indexes: never by loading the catalog.
 */
public interface SearchTitlesPort {
    /** {@code INVALID_CURSOR} when the cursor is not one this port issued for this search. */
    Outcome<TitleSearchPage> search(TitleSearch search);
}
