package app.marquee.domain.library.reaction;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;

import java.time.Instant;
import java.util.Objects;

/**
 * What one viewer thinks of one title: a like or a dislike, never both. Reacting again replaces
 * the previous reaction, so each viewer counts once in a title's likes or dislikes.
 */
public record TitleReaction(AccountId account, TitleId title, Reaction reaction, Instant reactedAt) {
    public TitleReaction {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reaction, "reaction");
        Objects.requireNonNull(reactedAt, "reactedAt");
    }
}
