package app.marquee.application.library.service;

import app.marquee.application.library.port.in.ClearReactionUseCase;
import app.marquee.application.library.port.out.ReactionsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class ClearReactionService implements ClearReactionUseCase {
    private final ReactionsPort reactions;

    public ClearReactionService(ReactionsPort reactions) {
        this.reactions = reactions;
    }

    @Override
    @Transactional
    public void clear(AccountId account, TitleId title) {
        reactions.remove(account, title);
    }
}
