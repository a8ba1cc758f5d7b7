package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.catalog.TitlePersistenceAdapter;
import app.marquee.adapter.persistence.identity.AccountPersistenceAdapter;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.TitleRatings;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TitleRatingsPersistenceAdapterTest extends DatabaseTest {
    @Inject
    TitleRatingsPersistenceAdapter ratings;
    @Inject
    ReviewPersistenceAdapter reviews;
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
    void aTitleNobodyRatedHasNoAverage() {
        assertThat(ratings.of(data.title("Unseen"))).isEqualTo(TitleRatings.NONE);
    }

    @Test
    void theAverageSkipsHiddenReviewsAndReactionsAreCountedOncePerViewer() {
        TitleId film = data.title("Film");
        TitleId other = data.title("Other");
        review(film, 5);
        review(film, 4);
        Review rude = review(film, 1);
        review(other, 1);
        rude.moderate(data.viewer("Olga"), Role.OPERATOR, true, Optional.empty(), LibraryData.now());
        reviews.update(rude);
        AccountId ann = data.viewer("Ann");
        react(ann, film, Reaction.DISLIKE);
        react(ann, film, Reaction.LIKE);
        react(data.viewer("Bob"), film, Reaction.LIKE);
        react(data.viewer("Cid"), film, Reaction.DISLIKE);
        react(data.viewer("Dan"), other, Reaction.LIKE);

        TitleRatings counted = ratings.of(film);

        assertThat(counted).isEqualTo(new TitleRatings(2, 9, 2, 1));
        assertThat(counted.averageRating()).contains(new BigDecimal("4.5"));
    }

    private Review review(TitleId title, int stars) {
        Review review = Review.write(title, data.viewer("Someone"), new Rating(stars), Optional.empty(),
                LibraryData.now());
        reviews.add(review);
        return review;
    }

    private void react(AccountId viewer, TitleId title, Reaction reaction) {
        reactions.put(new TitleReaction(viewer, title, reaction, LibraryData.now()));
    }
}
