package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.shared.Outcome;

/** A viewer's own like or dislike of a title, or REACTION_NOT_FOUND. */
public interface ViewReactionQuery {
    Outcome<TitleReaction> view(AccountId account, TitleId title);
}
