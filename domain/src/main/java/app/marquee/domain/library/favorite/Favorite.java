package app.marquee.domain.library.favorite;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;

import java.time.Instant;
import java.util.Objects;

/**
 * A title a viewer keeps in their favorites. A viewer favors a title at most once: favoring it
 * again changes nothing, not even when it was added. The favorite outlives the title leaving the
 * catalog, so the viewer still sees it (as unavailable) and can remove it.
 */
public record Favorite(AccountId account, TitleId title, Instant addedAt) {
    public Favorite {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
