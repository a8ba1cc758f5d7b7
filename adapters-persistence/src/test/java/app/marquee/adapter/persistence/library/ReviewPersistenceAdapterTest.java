package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.catalog.TitlePersistenceAdapter;
import app.marquee.adapter.persistence.identity.AccountPersistenceAdapter;
import app.marquee.application.library.port.out.PagePosition;
import app.marquee.application.library.port.out.ReviewsPort.Authored;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ReviewPersistenceAdapterTest extends DatabaseTest {
    @Inject
    ReviewPersistenceAdapter reviews;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    TransactionOperations<Connection> transactions;
    LibraryData data;

    @BeforeAll
    void data() {
        data = new LibraryData(accounts, titles);
    }

    private static Review review(TitleId title, AccountId author, int stars, Instant at) {
        return Review.write(title, author, new Rating(stars), Optional.of(new ReviewComment("Line one\nline two")),
                at);
    }

    @Test
    void aModeratedReviewComesBackAsStored() {
        AccountId ann = data.viewer("Ann");
        AccountId olga = data.viewer("Olga");
        Review review = review(data.title("Film"), ann, 4, LibraryData.now());
        reviews.add(review);
        review.moderate(olga, Role.OPERATOR, true, Optional.of(new ModerationReason("spoilers")),
                LibraryData.now());

        Review updated = ((Outcome.Accepted<Review>) reviews.update(review)).value();

        assertThat(updated.version()).isEqualTo(1);
        assertThat(reviews.byId(review.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(updated);
        assertThat(reviews.byAuthorAndTitle(ann, review.title()).orElseThrow().id()).isEqualTo(review.id());
    }

    @Test
    void twoFirstReviewsAtOnceLeaveOneAndTheOtherIsToldItExists() throws Exception {
        AccountId ann = data.viewer("Ann");
        TitleId film = data.title("Film");

        Race.Result<Outcome<Review>, Outcome<Review>> race = Race.between(transactions,
                () -> reviews.add(review(film, ann, 5, LibraryData.now())),
                () -> reviews.add(review(film, ann, 1, LibraryData.now())));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_ALREADY_EXISTS));
        assertThat(reviews.byAuthorAndTitle(ann, film).orElseThrow().rating()).isEqualTo(new Rating(5));
    }

    @Test
    void aReviewChangedSinceItWasReadIsNeitherUpdatedNorDeleted() {
        Review review = review(data.title("Film"), data.viewer("Ann"), 4, LibraryData.now());
        reviews.add(review);
        Review readByOne = reviews.byId(review.id()).orElseThrow();
        Review readByOther = reviews.byId(review.id()).orElseThrow();
        readByOne.revise(review.author(), new Rating(2), Optional.empty(), LibraryData.now());
        reviews.update(readByOne);

        readByOther.revise(review.author(), new Rating(5), Optional.empty(), LibraryData.now());
        assertThat(reviews.update(readByOther)).isEqualTo(Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE));
        assertThat(reviews.delete(review.id(), 0)).isEqualTo(Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE));
        assertThat(reviews.delete(review.id(), 1)).isEqualTo(Outcome.accepted(review.id()));
        assertThat(reviews.byId(review.id())).isEmpty();
    }

    @Test
    void aTitlesReviewsComeNewestFirstWithTheirAuthorsNamesAndHiddenOnesOnlyWhenAsked() {
        TitleId film = data.title("Film");
        Instant at = LibraryData.now();
        Review ann = review(film, data.viewer("Ann"), 5, at.minusSeconds(30));
        Review rude = review(film, data.viewer("Rude"), 1, at.minusSeconds(20));
        Review cid = review(film, data.viewer("Cid"), 4, at.minusSeconds(10));
        List.of(ann, rude, cid).forEach(reviews::add);
        rude.moderate(data.viewer("Olga"), Role.OPERATOR, true, Optional.empty(), at);
        reviews.update(rude);

        List<Authored> visible = reviews.ofTitle(film, false, Optional.empty(), 10);
        List<Authored> all = reviews.ofTitle(film, true, Optional.empty(), 10);
        List<Authored> afterCid = reviews.ofTitle(film, true,
                Optional.of(new PagePosition(cid.createdAt(), cid.id().value())), 10);

        assertThat(visible).extracting(a -> a.authorName().value()).containsExactly("Cid", "Ann");
        assertThat(all).extracting(a -> a.authorName().value()).containsExactly("Cid", "Rude", "Ann");
        assertThat(all.get(1).review().isHidden()).isTrue();
        assertThat(afterCid).extracting(a -> a.authorName().value()).containsExactly("Rude", "Ann");
    }

    @Test
    void aViewersOwnReviewsComeNewestFirstHiddenOnesIncluded() {
        AccountId ann = data.viewer("Ann");
        Instant at = LibraryData.now();
        Review older = review(data.title("Older"), ann, 3, at.minusSeconds(60));
        Review newer = review(data.title("Newer"), ann, 2, at);
        reviews.add(older);
        reviews.add(newer);
        newer.moderate(data.viewer("Olga"), Role.ADMIN, true, Optional.empty(), at);
        reviews.update(newer);

        assertThat(reviews.byAuthor(ann, Optional.empty(), 10)).extracting(Review::id)
                .containsExactly(newer.id(), older.id());
        assertThat(reviews.byAuthor(ann, Optional.of(new PagePosition(newer.createdAt(), newer.id().value())), 10))
                .extracting(Review::id).containsExactly(older.id());
    }
}
