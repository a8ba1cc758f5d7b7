package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.library.fakes.LibraryFixture;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.PasswordHash;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.library.progress.ResumePosition;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import app.marquee.domain.library.review.Rating;
import app.marquee.domain.library.review.Review;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymiseClosedAccountsServiceTest {
    private static final String PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final LibraryFixture library = new LibraryFixture();
    private final AnonymiseClosedAccountsService job = new AnonymiseClosedAccountsService(world.accounts,
            world.accounts, library.library, world.outbox, world.clock);
    private final Instant now = world.clock.instant();

    @Test
    void anonymisesOnlyAccountsClosedMoreThanThirtyDaysAgo() {
        Account longGone = world.closedAccount("long.gone@example.org", PASSWORD, now.minus(Duration.ofDays(31)));
        Account recent = world.closedAccount("recent@example.org", PASSWORD, now.minus(Duration.ofDays(29)));
        Account active = world.account("active@example.org", PASSWORD);

        int done = job.anonymiseDue();

        assertThat(done).isEqualTo(1);
        Account wiped = world.accounts.stored(longGone.id());
        assertThat(wiped.status()).isEqualTo(AccountStatus.ANONYMISED);
        assertThat(wiped.email().value()).isEqualTo("deleted-" + longGone.id() + "@anonymised.invalid");
        assertThat(wiped.displayName().value()).isEqualTo(Account.ANONYMISED_NAME);
        assertThat(wiped.passwordHash()).isEqualTo(PasswordHash.UNUSABLE);
        assertThat(wiped.updatedAt()).isEqualTo(now);
        assertThat(world.accounts.stored(recent.id()).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(world.accounts.stored(recent.id()).email().value()).isEqualTo("recent@example.org");
        assertThat(world.accounts.stored(active.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anAccountClosedExactlyThirtyDaysAgoIsDue() {
        Account due = world.closedAccount("due@example.org", PASSWORD, now.minus(Duration.ofDays(30)));

        assertThat(job.anonymiseDue()).isEqualTo(1);
        assertThat(world.accounts.stored(due.id()).status()).isEqualTo(AccountStatus.ANONYMISED);
    }

    @Test
    void aSecondRunFindsNothingLeftToDo() {
        world.closedAccount("long.gone@example.org", PASSWORD, now.minus(Duration.ofDays(45)));
        job.anonymiseDue();

        assertThat(job.anonymiseDue()).isZero();
    }

    @Test
    void theRecentlyClosedAccountIsAnonymisedOnceItsGraceIsOver() {
        Account recent = world.closedAccount("recent@example.org", PASSWORD, now.minus(Duration.ofDays(29)));
        assertThat(job.anonymiseDue()).isZero();

        world.clock.advance(Duration.ofDays(1));

        assertThat(job.anonymiseDue()).isEqualTo(1);
        assertThat(world.accounts.stored(recent.id()).status()).isEqualTo(AccountStatus.ANONYMISED);
    }

    @Test
    void worksInBatchesOfTwoHundred() {
        for (int i = 0; i < AnonymiseClosedAccountsService.BATCH + 1; i++) {
            world.closedAccount("gone" + i + "@example.org", PASSWORD, now.minus(Duration.ofDays(40)).plusSeconds(i));
        }

        assertThat(job.anonymiseDue()).isEqualTo(200);
        assertThat(job.anonymiseDue()).isEqualTo(1);
        assertThat(job.anonymiseDue()).isZero();
    }

    @Test
    void anonymisingAnAccountErasesItsWholeLibraryAndNobodyElses() {
        Account gone = world.closedAccount("gone@example.org", PASSWORD, now.minus(Duration.ofDays(31)));
        Account stays = world.account("stays@example.org", PASSWORD);
        Title film = library.film("Shared");
        shelve(gone.id(), film);
        shelve(stays.id(), film);

        job.anonymiseDue();

        assertThat(library.library.forgotten()).containsExactly(gone.id());
        assertThat(library.library.favoritesOf(gone.id())).isEmpty();
        assertThat(library.library.reactionsOf(gone.id())).isEmpty();
        assertThat(library.library.reviewsOf(gone.id())).isEmpty();
        assertThat(library.library.playlistsOf(gone.id())).isEmpty();
        assertThat(library.library.historyOf(gone.id())).isEmpty();
        assertThat(library.favorites.size()).isEqualTo(1);
        assertThat(library.reactions.size()).isEqualTo(1);
        assertThat(library.reviews.size()).isEqualTo(1);
        assertThat(library.library.playlistsOf(stays.id())).hasSize(1);
        assertThat(library.progress.count()).isEqualTo(1);
    }

    @Test
    void anonymisingAnAccountDeletesItsOutboxMessagesAndNobodyElses() {
        Account gone = world.closedAccount("gone@example.org", PASSWORD, now.minus(Duration.ofDays(31)));
        Account recent = world.closedAccount("recent@example.org", PASSWORD, now.minus(Duration.ofDays(29)));
        world.mail().passwordResetLink(gone, now);
        world.mail().passwordResetLink(recent, now);

        job.anonymiseDue();

        assertThat(world.outbox.messages()).singleElement()
                .satisfies(message -> assertThat(message.account()).contains(recent.id()));
    }

    @Test
    void anAccountThisRunCouldNotAnonymiseKeepsItsMessages() {
        Account raced = world.closedAccount("raced@example.org", PASSWORD, now.minus(Duration.ofDays(31)));
        world.mail().passwordResetLink(raced, now);
        world.accounts.failNextUpdate();

        job.anonymiseDue();

        assertThat(world.outbox.messages()).hasSize(1);
    }

    @Test
    void aClosedAccountKeepsItsLibraryThroughItsGracePeriod() {
        Account recent = world.closedAccount("recent@example.org", PASSWORD, now.minus(Duration.ofDays(29)));
        shelve(recent.id(), library.film("Kept"));

        job.anonymiseDue();

        assertThat(library.library.forgotten()).isEmpty();
        assertThat(library.library.reviewsOf(recent.id())).hasSize(1);
    }

    @Test
    void anAccountThisRunCouldNotAnonymiseKeepsItsLibrary() {
        Account raced = world.closedAccount("raced@example.org", PASSWORD, now.minus(Duration.ofDays(31)));
        shelve(raced.id(), library.film("Kept"));
        world.accounts.failNextUpdate();

        assertThat(job.anonymiseDue()).isZero();

        assertThat(library.library.forgotten()).isEmpty();
        assertThat(library.library.favoritesOf(raced.id())).hasSize(1);
    }

    /** A favorite, a like, a review, a playlist and some progress. */
    private void shelve(AccountId viewer, Title film) {
        Instant at = library.clock.instant();
        library.favorites.add(new Favorite(viewer, film.id(), at));
        library.reactions.put(new TitleReaction(viewer, film.id(), Reaction.LIKE, at));
        library.reviews.add(Review.write(film.id(), viewer, new Rating(5), Optional.empty(), at));
        library.playlists.seed(Playlist.create(viewer, new PlaylistName("Mine"), Optional.empty(), at));
        library.progress.save(WatchProgress.begin(viewer, WatchedItem.film(film.id()), new ResumePosition(60,
                LibraryFixture.FILM_SECONDS), at));
    }
}
