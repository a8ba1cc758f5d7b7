package app.marquee.application.library.service;

import app.marquee.application.library.port.in.ReactToTitleUseCase;
import app.marquee.application.library.port.out.ReactionsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;

@Singleton
public class ReactToTitleService implements ReactToTitleUseCase {
    private final LibraryTitles titles;
    private final ReactionsPort reactions;
    private final Clock clock;

    public ReactToTitleService(LibraryTitles titles, ReactionsPort reactions, Clock clock) {
        this.titles = titles;
        this.reactions = reactions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<TitleReaction> react(AccountId account, TitleId title, Reaction reaction) {
        return titles.published(title)
                .map(published -> reactions.put(new TitleReaction(account, published.id(), reaction, clock.instant())));
    }
}
