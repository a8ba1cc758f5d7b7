package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;

/** A viewer takes back their like or dislike; with none, nothing changes. */
public interface ClearReactionUseCase {
    void clear(AccountId account, TitleId title);
}
