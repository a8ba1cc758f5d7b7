package app.marquee.application.library.port.out;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.reaction.TitleReaction;

import java.util.Optional;

/** Likes and dislikes: at most one per viewer and title, which a new reaction replaces atomically. */
public interface ReactionsPort {
    TitleReaction put(TitleReaction reaction);

    void remove(AccountId account, TitleId title);

    Optional<TitleReaction> find(AccountId account, TitleId title);
}
