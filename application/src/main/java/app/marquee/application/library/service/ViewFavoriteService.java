package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.FavoriteEntry;
import app.marquee.application.library.port.in.ViewFavoriteQuery;
import app.marquee.application.library.port.out.FavoritesPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class ViewFavoriteService implements ViewFavoriteQuery {
    private final FavoritesPort favorites;
    private final LoadTitlePort titles;

    public ViewFavoriteService(FavoritesPort favorites, LoadTitlePort titles) {
        this.favorites = favorites;
        this.titles = titles;
    }

    @Override
    @Transactional
    public Outcome<FavoriteEntry> view(AccountId account, TitleId title) {
        return favorites.find(account, title)
                .flatMap(favorite -> titles.byId(title).map(found -> new FavoriteEntry(favorite, found)))
                .<Outcome<FavoriteEntry>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(LibraryRejection.FAVORITE_NOT_FOUND));
    }
}
