package app.marquee.adapter.persistence.library;

import app.marquee.application.library.port.out.ReactionsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Likes and dislikes in PostgreSQL: one row per viewer and title, replaced by an upsert. */
@Singleton
public class ReactionPersistenceAdapter implements ReactionsPort {
    private final ReactionRepository reactions;

    ReactionPersistenceAdapter(ReactionRepository reactions) {
        this.reactions = reactions;
    }

    @Override
    public TitleReaction put(TitleReaction reaction) {
        reactions.put(reaction.account().value(), reaction.title().value(), reaction.reaction().name(),
                reaction.reactedAt());
        return reaction;
    }

    @Override
    public void remove(AccountId account, TitleId title) {
        reactions.remove(account.value(), title.value());
    }

    @Override
    public Optional<TitleReaction> find(AccountId account, TitleId title) {
        return reactions.find(account.value(), title.value()).map(row -> new TitleReaction(
                new AccountId(row.accountId()), new TitleId(row.titleId()), Reaction.valueOf(row.reaction()),
                row.reactedAt()));
    }
}
