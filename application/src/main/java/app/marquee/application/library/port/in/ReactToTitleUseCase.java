package app.marquee.application.library.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.shared.Outcome;

/**
 * A viewer likes or dislikes a published title (TITLE_NOT_FOUND for anything else), replacing
 * whatever they thought of it before.
 */
public interface ReactToTitleUseCase {
    Outcome<TitleReaction> react(AccountId account, TitleId title, Reaction reaction);
}
