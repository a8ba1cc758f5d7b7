package app.marquee.application.library.service;

import app.marquee.application.library.port.in.AddFavoriteUseCase;
import app.marquee.application.library.port.out.FavoritesPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

@Singleton
public class AddFavoriteService implements AddFavoriteUseCase {
    private final LibraryTitles titles;
    private final FavoritesPort favorites;
    private final Clock clock;

    public AddFavoriteService(LibraryTitles titles, FavoritesPort favorites, Clock clock) {
        this.titles = titles;
        this.favorites = favorites;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Favorite> add(AccountId account, TitleId title) {
        return titles.published(title)
                .map(published -> favorites.add(new Favorite(account, published.id(), clock.instant())));
    }
}
