package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.shared.Outcome;

/**
 * A viewer adds a published title to their favorites (TITLE_NOT_FOUND for anything else). Adding
 * it again is no change: the favorite stays as first added.
 */
public interface AddFavoriteUseCase {
    Outcome<Favorite> add(AccountId account, TitleId title);
}
