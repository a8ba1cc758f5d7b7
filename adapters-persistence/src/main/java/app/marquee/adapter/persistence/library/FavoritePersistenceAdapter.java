package app.marquee.adapter.persistence.library;

import app.marquee.application.library.port.out.FavoritesPort;
import app.marquee.application.library.port.out.PagePosition;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Favorites in PostgreSQL. The primary key (account, title) keeps one favorite however many adds
 * race: {@code ON CONFLICT DO NOTHING} waits for a concurrent add to commit and then leaves its
 * row alone, and the favorite read back is the one that won, without a failed statement.
 */
@Singleton
public class FavoritePersistenceAdapter implements FavoritesPort {
    private final FavoriteRepository favorites;

    FavoritePersistenceAdapter(FavoriteRepository favorites) {
        this.favorites = favorites;
    }

    @Override
    public Favorite add(Favorite favorite) {
        UUID account = favorite.account().value();
        UUID title = favorite.title().value();
        favorites.insertUnlessThere(account, title, favorite.addedAt());
        return favorites.find(account, title).map(FavoritePersistenceAdapter::toDomain).orElse(favorite);
    }

    @Override
    public void remove(AccountId account, TitleId title) {
        favorites.remove(account.value(), title.value());
    }

    @Override
    public Optional<Favorite> find(AccountId account, TitleId title) {
        return favorites.find(account.value(), title.value()).map(FavoritePersistenceAdapter::toDomain);
    }

    @Override
    public List<Favorite> newestFirst(AccountId account, Optional<PagePosition> after, int max) {
        return favorites.newestFirst(account.value(), after.map(PagePosition::at).orElse(null),
                after.map(PagePosition::id).orElse(null), max).stream().map(FavoritePersistenceAdapter::toDomain)
                .toList();
    }

    private static Favorite toDomain(FavoriteRow row) {
        return new Favorite(new AccountId(row.accountId()), new TitleId(row.titleId()), row.addedAt());
    }
}
