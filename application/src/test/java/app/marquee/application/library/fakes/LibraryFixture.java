package app.marquee.application.library.fakes;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.library.service.LibraryTitles;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.application.identity.fakes.MutableClock;

import java.time.Duration;

/** A catalog and a library in memory, with a clock the test moves on. */
public final class LibraryFixture {
    public final CatalogFixture catalog = new CatalogFixture();
    public final MutableClock clock = new MutableClock(CatalogFixture.NOW);
    public final LibraryTitles libraryTitles = new LibraryTitles(catalog.titles);
    public final InMemoryFavorites favorites = new InMemoryFavorites();
    public final InMemoryReactions reactions = new InMemoryReactions();
    public final InMemoryReviews reviews = new InMemoryReviews();

    public Title published(String name) {
        return catalog.movie(name, TitleStatus.PUBLISHED);
    }

    public AccountId viewer(String displayName) {
        AccountId id = AccountId.newId();
        reviews.name(id, displayName);
        return id;
    }

    public void later(Duration by) {
        clock.advance(by);
    }
}
