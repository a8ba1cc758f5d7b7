package app.marquee.application.library.service;

import app.marquee.application.library.port.in.ViewReactionQuery;
import app.marquee.application.library.port.out.ReactionsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

@Singleton
public class ViewReactionService implements ViewReactionQuery {
    private final ReactionsPort reactions;

    public ViewReactionService(ReactionsPort reactions) {
        this.reactions = reactions;
    }

    @Override
    public Outcome<TitleReaction> view(AccountId account, TitleId title) {
        return reactions.find(account, title).<Outcome<TitleReaction>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(LibraryRejection.REACTION_NOT_FOUND));
    }
}
