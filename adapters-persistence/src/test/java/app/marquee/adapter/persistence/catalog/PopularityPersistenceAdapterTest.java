package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.identity.AccountPersistenceAdapter;
import app.marquee.domain.catalog.popularity.PopularityPolicy;
import app.marquee.domain.catalog.popularity.PopularityRefresh;
import app.marquee.domain.catalog.popularity.TitleSignals;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.PasswordHash;
import app.marquee.domain.identity.account.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static app.marquee.adapter.persistence.catalog.LibrarySignals.popularityOf;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PopularityPersistenceAdapterTest extends DatabaseTest {
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    private static final PopularityPolicy STANDARD = PopularityPolicy.STANDARD;

    @Inject
    PopularityPersistenceAdapter popularity;
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    SeasonPersistenceAdapter seasons;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void eachViewerCountsOnceForEachKindOfSignalByItsWeight() {
        TitleId film = film();
        AccountId ann = viewer();
        AccountId bob = viewer();
        AccountId cid = viewer();
        Instant now = TestCatalog.now();
        LibrarySignals.favorite(ann, film);
        LibrarySignals.favorite(bob, film);
        LibrarySignals.react(ann, film, "LIKE");
        LibrarySignals.review(ann, film, false);
        LibrarySignals.review(bob, film, true);
        LibrarySignals.playlist(cid, film);
        LibrarySignals.playlist(cid, film);
        LibrarySignals.finished(ann, film, null, now.minus(Duration.ofDays(3)));
        LibrarySignals.finished(bob, film, null, now.minus(Duration.ofDays(100)));
        LibrarySignals.started(cid, film, now);

        refresh();

        // 2 favorites, 1 like, 1 finished viewing in the window, 1 visible review, 1 playlist owner
        assertThat(popularityOf(film)).isEqualTo(STANDARD.scoreOf(new TitleSignals(2, 1, 0, 1, 1, 1)))
                .isEqualTo(2 * 3 + 2 + 1 + 1 + 1);
    }

    @Test
    void aViewerWhoFinishedSeveralEpisodesOfASeriesCountsOnce() {
        Title series = titles.add(TestCatalog.title(TitleKind.SERIES, TestCatalog.details("Series " + TestCatalog.tag(),
                Optional.empty(), 2001, OptionalInt.empty(), Set.of(), List.of()), TitleStatus.PUBLISHED));
        seasons.add(Season.rehydrate(SeasonId.newId(), series.id(), 1, Optional.empty(), List.of(
                new Episode(EpisodeId.newId(), 1, "One", "", 100), new Episode(EpisodeId.newId(), 2, "Two", "", 100)),
                0));
        Season season = seasons.byNumber(series.id(), 1).orElseThrow();
        AccountId ann = viewer();
        Instant now = TestCatalog.now();
        LibrarySignals.finished(ann, series.id(), season.episode(1).orElseThrow().id(), now);
        LibrarySignals.finished(ann, series.id(), season.episode(2).orElseThrow().id(), now);

        refresh();

        assertThat(popularityOf(series.id())).isEqualTo(1);
    }

    @Test
    void dislikesLowerATitleButNeverBelowZero() {
        TitleId argued = film();
        TitleId disliked = film();
        AccountId ann = viewer();
        AccountId bob = viewer();
        LibrarySignals.favorite(ann, argued);
        LibrarySignals.react(bob, argued, "DISLIKE");
        LibrarySignals.react(ann, disliked, "DISLIKE");
        LibrarySignals.react(bob, disliked, "DISLIKE");
        LibrarySignals.finished(ann, disliked, null, TestCatalog.now());

        refresh();

        assertThat(popularityOf(argued)).isEqualTo(1);
        assertThat(popularityOf(disliked)).isZero();
    }

    @Test
    void aTitleThatLostEverySignalGoesBackToZero() {
        TitleId film = film();
        AccountId ann = viewer();
        LibrarySignals.favorite(ann, film);
        refresh();
        assertThat(popularityOf(film)).isEqualTo(3);

        LibrarySignals.unfavorite(ann, film);
        refresh();

        assertThat(popularityOf(film)).isZero();
    }

    @Test
    void onlyTitlesWhoseValueChangesAreWritten() {
        TitleId steady = film();
        TitleId rising = film();
        AccountId ann = viewer();
        LibrarySignals.favorite(ann, steady);
        refresh();
        long steadyRow = LibrarySignals.rowVersionOf(steady);
        long risingRow = LibrarySignals.rowVersionOf(rising);
        Title before = titles.byId(steady).orElseThrow();

        assertThat(refresh()).as("nothing moved").isEqualTo(new PopularityRefresh.Recomputed(0));
        LibrarySignals.favorite(ann, rising);

        assertThat(refresh()).isEqualTo(new PopularityRefresh.Recomputed(1));
        assertThat(LibrarySignals.rowVersionOf(steady)).isEqualTo(steadyRow);
        assertThat(LibrarySignals.rowVersionOf(rising)).isNotEqualTo(risingRow);
        Title after = titles.byId(steady).orElseThrow();
        assertThat(after.version()).as("popularity is no edit: the ETag stays").isEqualTo(before.version());
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
    }

    @Test
    void ofTwoRefreshesAtOnceOneDoesItAndTheOtherLeavesItWithoutWaiting() throws Exception {
        TitleId film = film();
        LibrarySignals.favorite(viewer(), film);

        Race.Result<PopularityRefresh, PopularityRefresh> race = Race.between(transactions, this::refresh,
                this::refresh);

        assertThat(race.first()).isInstanceOf(PopularityRefresh.Recomputed.class);
        assertThat(race.second()).isEqualTo(new PopularityRefresh.AlreadyRunning());
        assertThat(race.secondWaited()).isFalse();
        assertThat(popularityOf(film)).isEqualTo(3);
        assertThat(refresh()).as("the lock went with the first transaction")
                .isEqualTo(new PopularityRefresh.Recomputed(0));
    }

    private PopularityRefresh refresh() {
        return popularity.refresh(STANDARD, STANDARD.viewingCountsSince(TestCatalog.now()));
    }

    private TitleId film() {
        return titles.add(TestCatalog.movie("Film " + TestCatalog.tag(), 2001, TitleStatus.PUBLISHED, Set.of())).id();
    }

    private AccountId viewer() {
        Account account = Account.register(new EmailAddress(TestCatalog.tag() + "@example.org"), HASH,
                new DisplayName("Viewer"), Language.EN, Role.USER, TestCatalog.now());
        return accounts.add(account).orElseThrow(rejection -> new IllegalStateException(rejection.code())).id();
    }
}
