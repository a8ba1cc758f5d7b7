package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

/**
 * The titles a viewer may add to a library: published ones only. A draft, an archived or an
 * unknown title is TITLE_NOT_FOUND alike, so a viewer learns nothing about what is not on show.
 * Entries already in a library keep pointing at a title that is later archived; lists show
 * those as unavailable rather than dropping them. The title is kept from being deleted until the
 * caller's transaction ends, so an admin removing it at that moment archives it instead.
 */
@Singleton
public class LibraryTitles {
    private final LoadTitlePort titles;

    public LibraryTitles(LoadTitlePort titles) {
        this.titles = titles;
    }

    public Outcome<Title> published(TitleId id) {
        return titles.byIdForReference(id)
                .filter(title -> title.status() == TitleStatus.PUBLISHED)
                .<Outcome<Title>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
    }
}
