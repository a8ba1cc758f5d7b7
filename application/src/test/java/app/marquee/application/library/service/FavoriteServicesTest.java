package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.application.library.port.in.FavoriteEntry;
import app.marquee.application.library.port.in.ListFavoritesQuery.FavoritesPage;
import app.marquee.application.library.port.in.ListFavoritesQuery.Listing;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FavoriteServicesTest {
    private final LibraryFixture library = new LibraryFixture();
    private final AddFavoriteService add = new AddFavoriteService(library.titles, library.favorites,
            library.clock);
    private final RemoveFavoriteService remove = new RemoveFavoriteService(library.favorites);
    private final ListFavoritesService list = new ListFavoritesService(library.favorites, library.catalog.titles);
    private final ViewFavoriteService view = new ViewFavoriteService(library.favorites, library.catalog.titles);
    private final AccountId ann = AccountId.newId();

    @Test
    void favoringATitleTwiceKeepsOneFavoriteAsFirstAdded() {
        Title amelie = library.published("Amélie");

        Favorite first = accepted(add.add(ann, amelie.id()));
        library.later(Duration.ofHours(1));
        Favorite again = accepted(add.add(ann, amelie.id()));

        assertThat(again).isEqualTo(first);
        assertThat(library.favorites.size()).isEqualTo(1);
    }

    @Test
    void onlyAPublishedTitleCanBeFavored() {
        Title draft = library.catalog.movie("Draft", TitleStatus.DRAFT);
        Title archived = library.catalog.movie("Archived", TitleStatus.ARCHIVED);

        assertThat(add.add(ann, draft.id())).isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
        assertThat(add.add(ann, archived.id())).isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
        assertThat(add.add(ann, TitleId.newId())).isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
        assertThat(library.favorites.size()).isZero();
    }

    @Test
    void favoritesAreListedNewestFirstPageByPage() {
        Title first = library.published("First");
        Title second = library.published("Second");
        Title third = library.published("Third");
        for (Title title : new Title[]{first, second, third}) {
            add.add(ann, title.id());
            library.later(Duration.ofMinutes(1));
        }
        add.add(AccountId.newId(), first.id());

        FavoritesPage page1 = accepted(list.list(new Listing(ann, Optional.empty(), 2)));
        FavoritesPage page2 = accepted(list.list(new Listing(ann, page1.nextAfter(), 2)));

        assertThat(page1.items()).extracting(entry -> entry.title().details().name()).containsExactly("Third", "Second");
        assertThat(page2.items()).extracting(entry -> entry.title().details().name()).containsExactly("First");
        assertThat(page2.nextAfter()).isEmpty();
    }

    @Test
    void aFavoriteWhoseTitleWasArchivedStaysListedAndCanBeRemoved() {
        Title gone = library.published("Gone");
        add.add(ann, gone.id());
        library.catalog.titles.update(library.catalog.titles.byId(gone.id()).orElseThrow()
                .moveTo(TitleStatus.ARCHIVED, library.clock.instant()).orElseThrow(rejection -> new IllegalStateException(rejection.code())));

        assertThat(accepted(list.list(new Listing(ann, Optional.empty(), 20))).items())
                .extracting(entry -> entry.title().status()).containsExactly(TitleStatus.ARCHIVED);

        remove.remove(ann, gone.id());
        remove.remove(ann, gone.id());
        assertThat(library.favorites.size()).isZero();
    }

    @Test
    void theHeartShowsWhetherATitleIsAFavorite() {
        Title amelie = library.published("Amélie");
        add.add(ann, amelie.id());

        FavoriteEntry entry = accepted(view.view(ann, amelie.id()));

        assertThat(entry.title().id()).isEqualTo(amelie.id());
        assertThat(view.view(AccountId.newId(), amelie.id()))
                .isEqualTo(Outcome.rejected(LibraryRejection.FAVORITE_NOT_FOUND));
    }

    @Test
    void aCursorThisListDidNotIssueIsRefused() {
        Outcome<FavoritesPage> listed = list.list(new Listing(ann, Optional.of("yesterday|nobody"), 20));

        assertThat(listed).isEqualTo(Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor")));
    }

    static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome.isAccepted()).as("outcome %s", outcome).isTrue();
        return ((Outcome.Accepted<T>) outcome).value();
    }
}
