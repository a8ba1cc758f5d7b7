package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.adapter.persistence.catalog.TitlePersistenceAdapter;
import app.marquee.adapter.persistence.catalog.TitleReferencesPersistenceAdapter;
import app.marquee.adapter.persistence.identity.AccountPersistenceAdapter;
import app.marquee.application.library.port.out.PagePosition;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class FavoritePersistenceAdapterTest extends DatabaseTest {
    @Inject
    FavoritePersistenceAdapter favorites;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    TitleReferencesPersistenceAdapter references;
    @Inject
    TransactionOperations<Connection> transactions;
    LibraryData data;

    @BeforeAll
    void data() {
        data = new LibraryData(accounts, titles);
    }

    @Test
    void favoringATitleAgainKeepsTheFirstFavorite() {
        AccountId ann = data.viewer("Ann");
        TitleId film = data.title("Film");
        Instant first = LibraryData.now();

        Favorite stored = favorites.add(new Favorite(ann, film, first));
        Favorite again = favorites.add(new Favorite(ann, film, first.plusSeconds(60)));

        assertThat(stored).isEqualTo(new Favorite(ann, film, first));
        assertThat(again).isEqualTo(stored);
        assertThat(favorites.find(ann, film)).contains(stored);
        assertThat(rowsFor(ann)).isEqualTo(1);
    }

    @Test
    void twoAddsAtOnceLeaveOneRowAndBothSeeIt() throws Exception {
        AccountId ann = data.viewer("Ann");
        TitleId film = data.title("Film");
        Instant at = LibraryData.now();

        Race.Result<Favorite, Favorite> race = Race.between(transactions,
                () -> favorites.add(new Favorite(ann, film, at)),
                () -> favorites.add(new Favorite(ann, film, at.plusSeconds(1))));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first()).isEqualTo(new Favorite(ann, film, at));
        assertThat(race.second()).isEqualTo(race.first());
        assertThat(rowsFor(ann)).isEqualTo(1);
    }

    @Test
    void favoritesComeNewestFirstPageAfterPageEvenWhenAddedTheSameMicrosecond() {
        AccountId ann = data.viewer("Ann");
        Instant at = LibraryData.now();
        TitleId old = data.title("Old");
        TitleId tieA = data.title("Tie A");
        TitleId tieB = data.title("Tie B");
        TitleId recent = data.title("Recent");
        favorites.add(new Favorite(ann, old, at.minusSeconds(60)));
        favorites.add(new Favorite(ann, tieA, at));
        favorites.add(new Favorite(ann, tieB, at));
        favorites.add(new Favorite(ann, recent, at.plusSeconds(60)));
        favorites.add(new Favorite(data.viewer("Bob"), old, at.plusSeconds(120)));

        List<Favorite> all = favorites.newestFirst(ann, Optional.empty(), 10);
        List<Favorite> page1 = favorites.newestFirst(ann, Optional.empty(), 2);
        List<Favorite> page2 = favorites.newestFirst(ann, Optional.of(position(page1.get(1))), 2);

        assertThat(all).hasSize(4);
        assertThat(all.get(0).title()).isEqualTo(recent);
        assertThat(all.get(3).title()).isEqualTo(old);
        assertThat(page1).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(page2).containsExactlyElementsOf(all.subList(2, 4));
    }

    @Test
    void removingIsIdempotentAndAFavoredTitleCountsAsReferenced() {
        AccountId ann = data.viewer("Ann");
        TitleId film = data.title("Film");
        favorites.add(new Favorite(ann, film, LibraryData.now()));

        assertThat(references.isReferenced(film)).isTrue();

        favorites.remove(ann, film);
        favorites.remove(ann, film);
        assertThat(favorites.find(ann, film)).isEmpty();
        assertThat(references.isReferenced(film)).isFalse();
    }

    private static PagePosition position(Favorite favorite) {
        return new PagePosition(favorite.addedAt(), favorite.title().value());
    }

    private static int rowsFor(AccountId account) {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM favorites WHERE account_id = ?")) {
            count.setObject(1, account.value());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
