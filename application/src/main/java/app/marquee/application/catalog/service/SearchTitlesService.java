package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.SearchTitlesQuery;
import app.marquee.application.catalog.port.out.SearchTitlesPort;
import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSearchPage;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

/**
 * The database searches, with its indexes. Whether drafts are included was decided by the caller
 * from the viewer's role and travels in {@link TitleSearch#includeUnpublished()}.
 */
@Singleton
public class SearchTitlesService implements SearchTitlesQuery {
    private final SearchTitlesPort titles;

    public SearchTitlesService(SearchTitlesPort titles) {
        this.titles = titles;
    }

    @Override
    public Outcome<TitleSearchPage> search(TitleSearch search) {
        return titles.search(search);
    }
}
