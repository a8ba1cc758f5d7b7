package app.marquee.application.library.service;

import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.application.library.port.in.ExportLibraryQuery.LibraryExport;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.library.progress.ResumePosition;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ExportLibraryServiceTest {
    private final LibraryFixture world = new LibraryFixture();
    private final ExportLibraryService export = new ExportLibraryService(world.library, world.catalog.titles,
            world.episodes);
    private final AccountId ann = world.viewer("Ann");
    private final AccountId bob = world.viewer("Bob");

    @Test
    void theExportHoldsEveryKindOfEntryOfTheViewer() {
        Title amelie = world.film("Amélie");
        Title heat = world.film("Heat");
        Title series = world.series("Engrenages", 1, 2);
        world.favorites.add(new Favorite(ann, amelie.id(), now()));
        world.reactions.put(new TitleReaction(ann, heat.id(), Reaction.LIKE, now()));
        world.reviews.add(Review.write(amelie.id(), ann, new Rating(4), Optional.of(new ReviewComment("Lovely")),
                now()));
        Playlist playlist = Playlist.create(ann, new PlaylistName("Sunday"), Optional.empty(), now());
        playlist.add(heat.id(), OptionalInt.empty(), now());
        playlist.add(amelie.id(), OptionalInt.of(0), now());
        world.playlists.seed(playlist);
        watch(ann, WatchedItem.film(heat.id()), 600);
        watch(ann, WatchedItem.episode(series.id(), world.episode(series, 1, 2)), 2_700);

        LibraryExport mine = export.export(ann);

        assertThat(mine.favorites()).extracting(e -> e.title().details().name()).containsExactly("Amélie");
        assertThat(mine.reactions()).extracting(e -> e.title().details().name() + " " + e.reaction().reaction())
                .containsExactly("Heat LIKE");
        assertThat(mine.reviews()).extracting(e -> e.title().details().name() + " " + e.review().rating().stars())
                .containsExactly("Amélie 4");
        assertThat(mine.playlists()).hasSize(1);
        assertThat(mine.playlists().get(0).playlist().items()).extracting(PlaylistItem::titleId)
                .containsExactly(amelie.id(), heat.id());
        assertThat(mine.playlists().get(0).title(heat.id()).map(t -> t.details().name())).contains("Heat");
        assertThat(mine.history()).extracting(e -> e.title().details().name()
                        + e.episode().map(ep -> " S" + ep.seasonNumber() + " " + ep.episode().name()).orElse(""))
                .containsExactly("Engrenages S1 S1E2", "Heat");
    }

    @Test
    void nothingOfAnotherViewerIsExported() {
        Title film = world.film("Theirs");
        world.favorites.add(new Favorite(bob, film.id(), now()));
        world.reactions.put(new TitleReaction(bob, film.id(), Reaction.DISLIKE, now()));
        world.reviews.add(Review.write(film.id(), bob, new Rating(1), Optional.empty(), now()));
        world.playlists.seed(Playlist.create(bob, new PlaylistName("Bob's"), Optional.empty(), now()));
        watch(bob, WatchedItem.film(film.id()), 60);

        LibraryExport mine = export.export(ann);

        assertThat(mine.favorites()).isEmpty();
        assertThat(mine.reactions()).isEmpty();
        assertThat(mine.reviews()).isEmpty();
        assertThat(mine.playlists()).isEmpty();
        assertThat(mine.history()).isEmpty();
        assertThat(export.export(bob).history()).hasSize(1);
    }

    @Test
    void aHiddenReviewIsExportedWithItsModeration() {
        Title film = world.film("Spoiled");
        Review review = Review.write(film.id(), ann, new Rating(2), Optional.empty(), now());
        review.moderate(bob, Role.OPERATOR, true, Optional.of(new ModerationReason("spoilers")), now());
        world.reviews.add(review);

        Review exported = export.export(ann).reviews().get(0).review();

        assertThat(exported.isHidden()).isTrue();
        assertThat(exported.moderation().orElseThrow().reason()).contains(new ModerationReason("spoilers"));
    }

    @Test
    void aTitleThatLeftTheCatalogIsExportedWithItsName() {
        Title gone = world.film("Gone", TitleStatus.ARCHIVED);
        world.favorites.add(new Favorite(ann, gone.id(), now()));
        watch(ann, WatchedItem.film(gone.id()), 60);

        LibraryExport mine = export.export(ann);

        assertThat(mine.favorites()).extracting(e -> e.title().details().name() + " " + e.title().status())
                .containsExactly("Gone ARCHIVED");
        assertThat(mine.history()).extracting(e -> e.title().details().name()).containsExactly("Gone");
    }

    @Test
    void everyEntryIsExportedHoweverManyThereAre() {
        for (int i = 0; i < 250; i++) {
            world.favorites.add(new Favorite(ann, world.film("Film " + i).id(), now()));
        }

        assertThat(export.export(ann).favorites()).hasSize(250);
    }

    private void watch(AccountId viewer, WatchedItem item, int seconds) {
        int runtime = item.episode().isPresent() ? LibraryFixture.EPISODE_SECONDS : LibraryFixture.FILM_SECONDS;
        world.progress.save(WatchProgress.begin(viewer, item, new ResumePosition(seconds, runtime), now()));
    }

    private Instant now() {
        world.later(Duration.ofMinutes(1));
        return world.clock.instant();
    }
}
