package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.application.library.port.in.DeleteReviewUseCase;
import app.marquee.application.library.port.in.ReviseReviewUseCase;
import app.marquee.application.library.port.in.WriteReviewUseCase;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static app.marquee.application.library.service.FavoriteServicesTest.accepted;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewServicesTest {
    private final LibraryFixture library = new LibraryFixture();
    private final WriteReviewService write = new WriteReviewService(library.titles, library.reviews,
            library.clock);
    private final ReviseReviewService revise = new ReviseReviewService(library.reviews, library.clock);
    private final DeleteReviewService delete = new DeleteReviewService(library.reviews);
    private final AccountId ann = library.viewer("Ann");
    private final AccountId bob = library.viewer("Bob");
    private final Title film = library.published("Film");

    private Outcome<Review> write(AccountId author, Title title, int stars) {
        return write.write(new WriteReviewUseCase.Command(author, title.id(), new Rating(stars),
                Optional.of(new ReviewComment("Words"))));
    }

    @Test
    void aViewerReviewsAPublishedTitleOnce() {
        Review review = accepted(write(ann, film, 4));

        assertThat(review.rating()).isEqualTo(new Rating(4));
        assertThat(write(ann, film, 2)).isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_ALREADY_EXISTS));
        assertThat(write(bob, film, 2).isAccepted()).isTrue();
        assertThat(library.reviews.size()).isEqualTo(2);
    }

    @Test
    void theLoserOfTwoFirstReviewsAtOnceIsToldOneExists() {
        library.reviews.beforeNextWrite(() -> write(ann, film, 5));

        assertThat(write(ann, film, 1)).isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_ALREADY_EXISTS));
        assertThat(library.reviews.size()).isEqualTo(1);
    }

    @Test
    void aTitleThatIsNotPublishedCannotBeReviewed() {
        Title draft = library.catalog.movie("Draft", TitleStatus.DRAFT);

        assertThat(write(ann, draft, 3)).isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
    }

    @Test
    void itsAuthorRevisesAReview() {
        Review review = accepted(write(ann, film, 4));
        library.later(Duration.ofMinutes(5));

        Review revised = accepted(revise.revise(new ReviseReviewUseCase.Command(ann, review.id(),
                Optional.of(review.version()), new Rating(2), Optional.empty())));

        assertThat(revised.rating()).isEqualTo(new Rating(2));
        assertThat(revised.comment()).isEmpty();
        assertThat(revised.version()).isEqualTo(review.version() + 1);
        assertThat(revised.updatedAt()).isEqualTo(library.clock.instant());
    }

    @Test
    void someoneElsesReviewCannotBeRevisedNorDeletedAndSeemsNotToExist() {
        Review review = accepted(write(ann, film, 4));

        Outcome<Review> revised = revise.revise(new ReviseReviewUseCase.Command(bob, review.id(),
                Optional.of(99L), new Rating(1), Optional.empty()));
        Outcome<?> deleted = delete.delete(new DeleteReviewUseCase.Command(bob, review.id(), Optional.empty()));

        assertThat(revised).isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND));
        assertThat(deleted).isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND));
        assertThat(library.reviews.byId(review.id()).orElseThrow().rating()).isEqualTo(new Rating(4));
    }

    @Test
    void aStaleIfMatchIsAVersionMismatch() {
        Review review = accepted(write(ann, film, 4));
        revise.revise(new ReviseReviewUseCase.Command(ann, review.id(), Optional.empty(), new Rating(3),
                Optional.empty()));

        assertThat(revise.revise(new ReviseReviewUseCase.Command(ann, review.id(), Optional.of(review.version()),
                new Rating(1), Optional.empty()))).isEqualTo(Outcome.rejected(LibraryRejection.VERSION_MISMATCH));
        assertThat(delete.delete(new DeleteReviewUseCase.Command(ann, review.id(), Optional.of(review.version()))))
                .isEqualTo(Outcome.rejected(LibraryRejection.VERSION_MISMATCH));
    }

    @Test
    void losingARaceIsAConflictWithoutIfMatchAndAMismatchWithIt() {
        Review review = accepted(write(ann, film, 4));
        Runnable rival = () -> revise.revise(new ReviseReviewUseCase.Command(ann, review.id(), Optional.empty(),
                new Rating(5), Optional.empty()));

        library.reviews.beforeNextWrite(rival);
        assertThat(revise.revise(new ReviseReviewUseCase.Command(ann, review.id(), Optional.empty(), new Rating(1),
                Optional.empty()))).isEqualTo(Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE));

        Review now = library.reviews.byId(review.id()).orElseThrow();
        library.reviews.beforeNextWrite(rival);
        assertThat(revise.revise(new ReviseReviewUseCase.Command(ann, review.id(), Optional.of(now.version()),
                new Rating(1), Optional.empty()))).isEqualTo(Outcome.rejected(LibraryRejection.VERSION_MISMATCH));
    }

    @Test
    void deletingItsReviewLetsTheAuthorReviewTheTitleAgain() {
        Review review = accepted(write(ann, film, 4));

        assertThat(delete.delete(new DeleteReviewUseCase.Command(ann, review.id(), Optional.of(review.version()))))
                .isEqualTo(Outcome.accepted(review.id()));
        assertThat(write(ann, film, 5).isAccepted()).isTrue();
    }
}
