package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import static app.marquee.application.library.service.FavoriteServicesTest.accepted;
import static org.assertj.core.api.Assertions.assertThat;

class ReactionServicesTest {
    private final LibraryFixture library = new LibraryFixture();
    private final ReactToTitleService react = new ReactToTitleService(library.titles, library.reactions,
            library.clock);
    private final ClearReactionService clear = new ClearReactionService(library.reactions);
    private final ViewReactionService view = new ViewReactionService(library.reactions);
    private final AccountId ann = AccountId.newId();

    @Test
    void aDislikeReplacesALike() {
        Title film = library.published("Film");

        react.react(ann, film.id(), Reaction.LIKE);
        react.react(ann, film.id(), Reaction.DISLIKE);

        assertThat(accepted(view.view(ann, film.id())).reaction()).isEqualTo(Reaction.DISLIKE);
        assertThat(library.reactions.size()).isEqualTo(1);
    }

    @Test
    void clearingTakesTheReactionBackAndMayBeRepeated() {
        Title film = library.published("Film");
        react.react(ann, film.id(), Reaction.LIKE);

        clear.clear(ann, film.id());
        clear.clear(ann, film.id());

        assertThat(view.view(ann, film.id())).isEqualTo(Outcome.rejected(LibraryRejection.REACTION_NOT_FOUND));
    }

    @Test
    void onlyAPublishedTitleCanBeLiked() {
        Title draft = library.catalog.movie("Draft", TitleStatus.DRAFT);

        assertThat(react.react(ann, draft.id(), Reaction.LIKE))
                .isEqualTo(Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND));
        assertThat(library.reactions.size()).isZero();
    }
}
