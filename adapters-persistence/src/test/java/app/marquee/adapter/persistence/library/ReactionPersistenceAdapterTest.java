package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.catalog.TitlePersistenceAdapter;
import app.marquee.adapter.persistence.identity.AccountPersistenceAdapter;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ReactionPersistenceAdapterTest extends DatabaseTest {
    @Inject
    ReactionPersistenceAdapter reactions;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TitlePersistenceAdapter titles;
    LibraryData data;

    @BeforeAll
    void data() {
        data = new LibraryData(accounts, titles);
    }

    @Test
    void aNewReactionReplacesTheOldOneAndClearingRemovesIt() {
        AccountId ann = data.viewer("Ann");
        TitleId film = data.title("Film");
        Instant at = LibraryData.now();

        reactions.put(new TitleReaction(ann, film, Reaction.LIKE, at));
        reactions.put(new TitleReaction(ann, film, Reaction.DISLIKE, at.plusSeconds(5)));

        assertThat(reactions.find(ann, film)).contains(new TitleReaction(ann, film, Reaction.DISLIKE,
                at.plusSeconds(5)));

        reactions.remove(ann, film);
        reactions.remove(ann, film);
        assertThat(reactions.find(ann, film)).isEmpty();
    }
}
