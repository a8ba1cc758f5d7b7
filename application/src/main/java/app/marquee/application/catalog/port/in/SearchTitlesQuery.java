package app.marquee.application.catalog.port.in;

import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSearchPage;
import app.marquee.domain.shared.Outcome;

/** Anyone searches the catalog by words, genre, year, kind and language, with facet counts. */
public interface SearchTitlesQuery {
    Outcome<TitleSearchPage> search(TitleSearch search);
}
