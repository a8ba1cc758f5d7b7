package app.marquee.application.library.port.out;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;

import java.util.List;
import java.util.Optional;

/**
 * Viewers' favorites. The store keeps one favorite per viewer and title whatever the number of
 * concurrent adds: adding one that is there already keeps the first, and returns it.
 */
public interface FavoritesPort {
    /** Stores the favorite unless the viewer has this title already; either way, the one stored. */
    Favorite add(Favorite favorite);

    void remove(AccountId account, TitleId title);

    Optional<Favorite> find(AccountId account, TitleId title);

    /** The viewer's favorites, newest first, strictly after {@code after} (on added time, then title id). */
    List<Favorite> newestFirst(AccountId account, Optional<PagePosition> after, int max);
}
