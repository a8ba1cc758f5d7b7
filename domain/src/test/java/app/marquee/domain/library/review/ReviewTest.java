package app.marquee.domain.library.review;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewTest {
    private static final Instant WRITTEN = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant LATER = WRITTEN.plusSeconds(3600);
    private final AccountId ann = AccountId.newId();
    private final AccountId bob = AccountId.newId();
    private final AccountId operator = AccountId.newId();

    private Review review() {
        return Review.write(TitleId.newId(), ann, new Rating(4), Optional.of(new ReviewComment("Good")), WRITTEN);
    }

    @Test
    void aNewReviewIsShownToEveryone() {
        Review review = review();

        assertThat(review.isHidden()).isFalse();
        assertThat(review.isListedFor(false)).isTrue();
        assertThat(review.moderation()).isEmpty();
        assertThat(review.version()).isZero();
        assertThat(review.updatedAt()).isEqualTo(WRITTEN);
    }

    @Test
    void itsAuthorRewritesStarsAndComment() {
        Review review = review();

        assertThat(review.revise(ann, new Rating(2), Optional.empty(), LATER).isAccepted()).isTrue();

        assertThat(review.rating()).isEqualTo(new Rating(2));
        assertThat(review.comment()).isEmpty();
        assertThat(review.updatedAt()).isEqualTo(LATER);
        assertThat(review.createdAt()).isEqualTo(WRITTEN);
    }

    @Test
    void anyoneElseIsToldThereIsNoSuchReviewAndChangesNothing() {
        Review review = review();

        assertThat(review.revise(bob, new Rating(1), Optional.empty(), LATER))
                .isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND));
        assertThat(review.ownedBy(bob)).isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND));
        assertThat(review.rating()).isEqualTo(new Rating(4));
        assertThat(review.updatedAt()).isEqualTo(WRITTEN);
    }

    @Test
    void anOperatorHidesAReviewWhichLeavesThePublicList() {
        Review review = review();

        Outcome<Review> hidden = review.moderate(operator, Role.OPERATOR, true,
                Optional.of(new ModerationReason("spoilers")), LATER);

        assertThat(hidden.isAccepted()).isTrue();
        assertThat(review.isHidden()).isTrue();
        assertThat(review.isListedFor(false)).isFalse();
        assertThat(review.isListedFor(true)).isTrue();
        assertThat(review.moderation()).contains(new Moderation(true, operator, LATER,
                Optional.of(new ModerationReason("spoilers"))));
    }

    @Test
    void anAdminShowsAHiddenReviewAgain() {
        Review review = review();
        review.moderate(operator, Role.OPERATOR, true, Optional.empty(), LATER);

        review.moderate(bob, Role.ADMIN, false, Optional.empty(), LATER.plusSeconds(60));

        assertThat(review.isHidden()).isFalse();
        assertThat(review.moderation().orElseThrow().moderator()).isEqualTo(bob);
    }

    @Test
    void aViewerCannotModerateNotEvenTheirOwnReview() {
        Review review = review();

        assertThat(review.moderate(ann, Role.USER, true, Optional.empty(), LATER))
                .isEqualTo(Outcome.rejected(LibraryRejection.MODERATION_FORBIDDEN));
        assertThat(review.isHidden()).isFalse();
    }

    @Test
    void editingAHiddenReviewDoesNotBringItBack() {
        Review review = review();
        review.moderate(operator, Role.OPERATOR, true, Optional.empty(), LATER);

        review.revise(ann, new Rating(5), Optional.of(new ReviewComment("Nicer words")), LATER.plusSeconds(60));

        assertThat(review.isHidden()).isTrue();
    }
}
