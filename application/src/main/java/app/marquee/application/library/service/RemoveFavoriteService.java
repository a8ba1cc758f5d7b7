package app.marquee.application.library.service;

import app.marquee.application.library.port.in.RemoveFavoriteUseCase;
import app.marquee.application.library.port.out.FavoritesPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Whatever became of the title since (archived, back to draft), its favorite can be removed. */
@Singleton
public class RemoveFavoriteService implements RemoveFavoriteUseCase {
    private final FavoritesPort favorites;

    public RemoveFavoriteService(FavoritesPort favorites) {
        this.favorites = favorites;
    }

    @Override
    @Transactional
    public void remove(AccountId account, TitleId title) {
        favorites.remove(account, title);
    }
}
