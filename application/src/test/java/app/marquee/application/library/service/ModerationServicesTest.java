package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.application.library.port.in.ListTitleReviewsQuery;
import app.marquee.application.library.port.in.ListTitleReviewsQuery.ReviewsPage;
import app.marquee.application.library.port.in.ModerateReviewUseCase;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static app.marquee.application.library.service.FavoriteServicesTest.accepted;
import static org.assertj.core.api.Assertions.assertThat;

class ModerationServicesTest {
    private final LibraryFixture library = new LibraryFixture();
    private final ModerateReviewService moderate = new ModerateReviewService(library.reviews, library.clock);
    private final ListTitleReviewsService list = new ListTitleReviewsService(library.catalog.titles,
            library.reviews);
    private final AccountId operator = library.viewer("Olga");
    private final Title film = library.published("Film");

    private Review review(String author, int stars) {
        Review review = Review.write(film.id(), library.viewer(author), new Rating(stars), Optional.empty(),
                library.clock.instant());
        library.later(Duration.ofMinutes(1));
        return accepted(library.reviews.add(review));
    }

    private Outcome<Review> hide(Role role, ReviewId review) {
        return moderate.moderate(new ModerateReviewUseCase.Command(operator, role, review, true,
                Optional.of(new ModerationReason("insults"))));
    }

    private ReviewsPage listFor(Optional<Role> reader) {
        return accepted(list.list(new ListTitleReviewsQuery.Listing(film.id(), reader, Optional.empty(), 20)));
    }

    @Test
    void anOperatorHidesAReviewAndTheRecordSaysWhoWhenAndWhy() {
        Review rude = review("Rude", 1);

        Review hidden = accepted(hide(Role.OPERATOR, rude.id()));

        assertThat(hidden.isHidden()).isTrue();
        assertThat(hidden.moderation().orElseThrow().moderator()).isEqualTo(operator);
        assertThat(hidden.moderation().orElseThrow().at()).isEqualTo(library.clock.instant());
        assertThat(library.reviews.byId(rude.id()).orElseThrow().isHidden()).isTrue();
    }

    @Test
    void aViewerMayNotModerateAndLearnsNothingAboutTheReview() {
        Review rude = review("Rude", 1);

        assertThat(hide(Role.USER, rude.id())).isEqualTo(Outcome.rejected(LibraryRejection.MODERATION_FORBIDDEN));
        assertThat(hide(Role.USER, ReviewId.newId()))
                .isEqualTo(Outcome.rejected(LibraryRejection.MODERATION_FORBIDDEN));
        assertThat(library.reviews.byId(rude.id()).orElseThrow().isHidden()).isFalse();
    }

    @Test
    void anAdminModeratesAnUnknownReviewAndIsToldItIsNotFound() {
        assertThat(hide(Role.ADMIN, ReviewId.newId())).isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND));
    }

    @Test
    void hiddenReviewsAreListedForModeratorsOnlyNewestFirstWithAuthorNames() {
        review("Ann", 5);
        Review rude = review("Rude", 1);
        review("Cid", 4);
        hide(Role.OPERATOR, rude.id());

        assertThat(listFor(Optional.empty()).items()).extracting(entry -> entry.authorName().value())
                .containsExactly("Cid", "Ann");
        assertThat(listFor(Optional.of(Role.USER)).items()).hasSize(2);
        assertThat(listFor(Optional.of(Role.OPERATOR)).items()).extracting(entry -> entry.authorName().value())
                .containsExactly("Cid", "Rude", "Ann");
        assertThat(listFor(Optional.of(Role.ADMIN)).items()).hasSize(3);
    }

    @Test
    void reviewsOfADraftAreNotFoundForAnyoneButAnAdmin() {
        Title draft = library.catalog.movie("Draft", TitleStatus.DRAFT);
        ListTitleReviewsQuery.Listing byOperator = new ListTitleReviewsQuery.Listing(draft.id(),
                Optional.of(Role.OPERATOR), Optional.empty(), 20);

        assertThat(list.list(byOperator)).isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
        assertThat(list.list(new ListTitleReviewsQuery.Listing(draft.id(), Optional.of(Role.ADMIN),
                Optional.empty(), 20)).isAccepted()).isTrue();
    }

    @Test
    void aHiddenReviewIsReadByItsAuthorAndModeratorsOnly() {
        ViewReviewService view = new ViewReviewService(library.reviews, library.catalog.titles);
        Review rude = review("Rude", 1);
        hide(Role.OPERATOR, rude.id());

        assertThat(view.view(rude.id(), Optional.of(rude.author()), Optional.of(Role.USER)).isAccepted()).isTrue();
        assertThat(view.view(rude.id(), Optional.of(operator), Optional.of(Role.OPERATOR)).isAccepted()).isTrue();
        assertThat(view.view(rude.id(), Optional.of(AccountId.newId()), Optional.of(Role.USER)))
                .isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND));
        assertThat(view.view(rude.id(), Optional.empty(), Optional.empty()))
                .isEqualTo(Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND));
    }

    @Test
    void reviewsArePagedWithACursor() {
        review("One", 1);
        review("Two", 2);
        review("Three", 3);

        ReviewsPage first = accepted(list.list(new ListTitleReviewsQuery.Listing(film.id(), Optional.empty(),
                Optional.empty(), 2)));
        ReviewsPage second = accepted(list.list(new ListTitleReviewsQuery.Listing(film.id(), Optional.empty(),
                first.nextAfter(), 2)));

        assertThat(first.items()).extracting(entry -> entry.authorName().value()).containsExactly("Three", "Two");
        assertThat(second.items()).extracting(entry -> entry.authorName().value()).containsExactly("One");
        assertThat(second.nextAfter()).isEmpty();
    }
}
