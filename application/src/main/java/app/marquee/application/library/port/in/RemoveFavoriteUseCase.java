package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;

/** A viewer removes a title from their favorites; removing one that is not there is no change. */
public interface RemoveFavoriteUseCase {
    void remove(AccountId account, TitleId title);
}
