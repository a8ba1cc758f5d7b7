package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.library.progress.ResumePosition;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PersonalLibraryPersistenceAdapterTest extends DatabaseTest {
    private static final List<String> TABLES = List.of("favorites", "title_reactions", "reviews", "playlists",
            "watch_progress");
    @Inject
    PersonalLibraryPersistenceAdapter library;
    @Inject
    FavoritePersistenceAdapter favorites;
    @Inject
    ReactionPersistenceAdapter reactions;
    @Inject
    ReviewPersistenceAdapter reviews;
    @Inject
    PlaylistPersistenceAdapter playlists;
    @Inject
    WatchProgressPersistenceAdapter progress;
    @Inject
    TestLibrary data;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void theExportReadsEveryEntryOfTheViewerInItsOrder() {
        AccountId ann = data.viewer();
        AccountId olga = data.viewer();
        TitleId first = data.film();
        TitleId second = data.film();
        Title series = data.series(1, 2);
        favorites.add(new Favorite(ann, first, TestLibrary.now()));
        favorites.add(new Favorite(ann, second, TestLibrary.now()));
        reactions.put(new TitleReaction(ann, first, Reaction.DISLIKE, TestLibrary.now()));
        Review hidden = Review.write(first, ann, new Rating(2), Optional.of(new ReviewComment("Meh")),
                TestLibrary.now());
        reviews.add(hidden);
        hidden.moderate(olga, Role.OPERATOR, true, Optional.of(new ModerationReason("spoilers")), TestLibrary.now());
        reviews.update(hidden);
        Playlist playlist = Playlist.create(ann, new PlaylistName("Sunday"), Optional.empty(), TestLibrary.now());
        playlists.add(playlist);
        Playlist read = playlists.ownedBy(ann, playlist.id()).orElseThrow();
        read.add(first, OptionalInt.empty(), TestLibrary.now());
        read.add(second, OptionalInt.of(0), TestLibrary.now());
        playlists.update(read);
        progress.save(WatchProgress.begin(ann, WatchedItem.film(first), new ResumePosition(60,
                TestLibrary.FILM_SECONDS), TestLibrary.now()));
        progress.save(WatchProgress.begin(ann, WatchedItem.episode(series.id(), data.episode(series, 1, 2)),
                new ResumePosition(60, TestLibrary.EPISODE_SECONDS), TestLibrary.now()));

        assertThat(library.favoritesOf(ann)).extracting(Favorite::title).containsExactly(second, first);
        assertThat(library.reactionsOf(ann)).extracting(TitleReaction::reaction).containsExactly(Reaction.DISLIKE);
        Review exported = library.reviewsOf(ann).get(0);
        assertThat(exported.isHidden()).isTrue();
        assertThat(exported.moderation().orElseThrow().reason()).contains(new ModerationReason("spoilers"));
        assertThat(library.playlistsOf(ann)).hasSize(1);
        assertThat(library.playlistsOf(ann).get(0).items()).extracting(PlaylistItem::titleId)
                .containsExactly(second, first);
        assertThat(library.historyOf(ann)).extracting(p -> p.item().episode().isPresent())
                .containsExactly(true, false);
        assertThat(library.favoritesOf(olga)).isEmpty();
        assertThat(library.playlistsOf(olga)).isEmpty();
    }

    @Test
    void forgettingAViewerDeletesAllOfTheirsAndNothingOfAnyoneElse() throws SQLException {
        AccountId gone = data.viewer();
        AccountId stays = data.viewer();
        TitleId film = data.film();
        shelve(gone, film);
        shelve(stays, film);

        transactions.executeWrite(status -> {
            library.forget(gone);
            return null;
        });

        for (String table : TABLES) {
            assertThat(rows(table, gone)).as(table).isZero();
            assertThat(rows(table, stays)).as(table).isEqualTo(1);
        }
        assertThat(itemsOf(gone)).isZero();
        assertThat(itemsOf(stays)).isEqualTo(1);
        assertThat(library.reviewsOf(stays)).hasSize(1);
    }

    @Test
    void aModeratorHidingTheReviewFirstMakesTheErasureWaitThenItIsGone() throws Exception {
        AccountId gone = data.viewer();
        AccountId olga = data.viewer();
        TitleId film = data.film();
        shelve(gone, film);
        Review review = reviews.byAuthorAndTitle(gone, film).orElseThrow();
        review.moderate(olga, Role.OPERATOR, true, Optional.empty(), TestLibrary.now());

        Race.Result<Outcome<Review>, Boolean> race = Race.between(transactions, () -> reviews.update(review),
                () -> {
                    library.forget(gone);
                    return true;
                });

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(rows("reviews", gone)).isZero();
    }

    @Test
    void aReviewEditedWhileTheErasureRunsIsAConcurrentUpdateNotAFailure() throws Exception {
        AccountId gone = data.viewer();
        TitleId film = data.film();
        shelve(gone, film);
        Review review = reviews.byAuthorAndTitle(gone, film).orElseThrow();
        review.revise(gone, new Rating(1), Optional.empty(), TestLibrary.now());

        Race.Result<Boolean, Outcome<Review>> race = Race.between(transactions, () -> {
            library.forget(gone);
            return true;
        }, () -> reviews.update(review));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE));
        assertThat(rows("reviews", gone)).isZero();
    }

    @Test
    void aPlaylistBeingRewrittenIsErasedAfterItsWriterWithoutADeadlock() throws Exception {
        AccountId gone = data.viewer();
        TitleId film = data.film();
        TitleId another = data.film();
        shelve(gone, film);

        Race.Result<Outcome<Playlist>, Boolean> race = Race.between(transactions, () -> {
            Playlist locked = playlists.lockOwnedBy(gone, library.playlistsOf(gone).get(0).id()).orElseThrow();
            locked.add(another, OptionalInt.of(0), TestLibrary.now());
            return playlists.update(locked);
        }, () -> {
            library.forget(gone);
            return true;
        });

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(rows("playlists", gone)).isZero();
        assertThat(itemsOf(gone)).isZero();
    }

    /** A favorite, a like, a review, a playlist of one title and some progress. */
    private void shelve(AccountId viewer, TitleId film) {
        favorites.add(new Favorite(viewer, film, TestLibrary.now()));
        reactions.put(new TitleReaction(viewer, film, Reaction.LIKE, TestLibrary.now()));
        reviews.add(Review.write(film, viewer, new Rating(5), Optional.empty(), TestLibrary.now()));
        Playlist playlist = Playlist.create(viewer, new PlaylistName("Mine"), Optional.empty(), TestLibrary.now());
        playlists.add(playlist);
        Playlist read = playlists.ownedBy(viewer, playlist.id()).orElseThrow();
        read.add(film, OptionalInt.empty(), TestLibrary.now());
        playlists.update(read);
        progress.save(WatchProgress.begin(viewer, WatchedItem.film(film), new ResumePosition(60,
                TestLibrary.FILM_SECONDS), TestLibrary.now()));
    }

    private static long rows(String table, AccountId account) throws SQLException {
        return count("SELECT count(*) FROM " + table + " WHERE account_id = ?", account);
    }

    private static long itemsOf(AccountId account) throws SQLException {
        return count("SELECT count(*) FROM playlist_items i JOIN playlists p ON p.id = i.playlist_id"
                + " WHERE p.account_id = ?", account);
    }

    private static long count(String sql, AccountId account) throws SQLException {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, account.value());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
