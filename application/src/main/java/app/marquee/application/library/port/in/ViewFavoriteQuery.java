package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

/** Whether a viewer has a title in their favorites: the entry, or FAVORITE_NOT_FOUND. */
public interface ViewFavoriteQuery {
    Outcome<FavoriteEntry> view(AccountId account, TitleId title);
}
