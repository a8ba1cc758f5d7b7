package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.adapter.persistence.catalog.TitlePersistenceAdapter;
import app.marquee.adapter.persistence.catalog.TitleReferencesPersistenceAdapter;
import app.marquee.adapter.persistence.identity.AccountPersistenceAdapter;
import app.marquee.application.library.playlist.PlaylistSummary;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class PlaylistPersistenceAdapterTest extends DatabaseTest {
    @Inject
    PlaylistPersistenceAdapter playlists;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    TitleReferencesPersistenceAdapter references;
    @Inject
    TransactionOperations<Connection> transactions;
    private PlaylistData data;

    @BeforeAll
    void data() {
        data = new PlaylistData(accounts, titles);
    }

    @Test
    void aPlaylistIsStoredWithItsItemsInOrderAndOnlyItsOwnerFindsIt() {
        AccountId ann = data.viewer();
        List<TitleId> films = data.published(3);
        Playlist playlist = Playlist.create(ann, new PlaylistName("Été à Paris"),
                PlaylistDescription.of("Line one\nline two"), PlaylistData.now());
        playlists.add(playlist);
        Playlist read = playlists.ownedBy(ann, playlist.id()).orElseThrow();
        films.forEach(film -> read.add(film, OptionalInt.of(0), PlaylistData.now()));

        Outcome<Playlist> saved = playlists.update(read);

        Playlist stored = playlists.ownedBy(ann, playlist.id()).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(((Outcome.Accepted<Playlist>) saved).value());
        assertThat(stored.items()).extracting(PlaylistItem::titleId)
                .containsExactly(films.get(2), films.get(1), films.get(0));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.description()).contains(new PlaylistDescription("Line one\nline two"));
        assertThat(playlists.ownedBy(data.viewer(), playlist.id())).isEmpty();
        assertThat(playlists.ownedBy(ann, PlaylistId.newId())).isEmpty();
    }

    @Test
    void movesAndRemovalsRewritePositionsWithoutAGap() {
        AccountId ann = data.viewer();
        List<TitleId> films = data.published(4);
        Playlist playlist = stored(ann, "Reordered", films);

        playlist.move(films.get(0), 3, PlaylistData.now());
        playlist.remove(films.get(2), PlaylistData.now());
        playlist.move(films.get(3), 0, PlaylistData.now());
        assertThat(playlists.update(playlist).isAccepted()).isTrue();

        assertThat(playlists.ownedBy(ann, playlist.id()).orElseThrow().items()).extracting(PlaylistItem::titleId)
                .containsExactly(films.get(3), films.get(1), films.get(0));
        assertThat(positions(playlist.id())).containsExactly(0, 1, 2);
    }

    @Test
    void aNameIsTakenOncePerViewerIgnoringCaseAndTheTransactionGoesOn() {
        AccountId ann = data.viewer();
        Playlist first = Playlist.create(ann, new PlaylistName("Road trip"), Optional.empty(), PlaylistData.now());
        Playlist clash = Playlist.create(ann, new PlaylistName("ROAD TRIP"), Optional.empty(), PlaylistData.now());
        Playlist other = Playlist.create(ann, new PlaylistName("Sunday"), Optional.empty(), PlaylistData.now());
        Playlist bobs = Playlist.create(data.viewer(), new PlaylistName("road trip"), Optional.empty(),
                PlaylistData.now());

        List<Outcome<Playlist>> outcomes = transactions.executeWrite(status -> List.of(playlists.add(first),
                playlists.add(clash), playlists.add(other), playlists.add(bobs)));

        assertThat(outcomes).containsExactly(Outcome.accepted(first), nameTaken(), Outcome.accepted(other),
                Outcome.accepted(bobs));
        Playlist sunday = playlists.ownedBy(ann, other.id()).orElseThrow();
        sunday.rename(new PlaylistName("road TRIP"), PlaylistData.now());
        assertThat(playlists.update(sunday)).isEqualTo(nameTaken());
        sunday.rename(new PlaylistName("SUNDAY"), PlaylistData.now());
        assertThat(playlists.update(sunday).isAccepted()).isTrue();
    }

    @Test
    void twoViewersTabsCreatingTheSameNameAtOnceGetOnePlaylist() throws Exception {
        AccountId ann = data.viewer();
        Playlist one = Playlist.create(ann, new PlaylistName("Noir"), Optional.empty(), PlaylistData.now());
        Playlist two = Playlist.create(ann, new PlaylistName("noir"), Optional.empty(), PlaylistData.now());

        Race.Result<Outcome<Playlist>, Outcome<Playlist>> race = Race.between(transactions,
                () -> playlists.add(one), () -> playlists.add(two));

        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(nameTaken());
        assertThat(race.secondWaited()).isTrue();
    }

    @Test
    void aRenameRacingACreateOfTheSameNameIsRefusedNotFailed() throws Exception {
        AccountId ann = data.viewer();
        Playlist created = Playlist.create(ann, new PlaylistName("Westerns"), Optional.empty(), PlaylistData.now());
        Playlist renamed = stored(ann, "Cowboys", List.of());
        renamed.rename(new PlaylistName("WESTERNS"), PlaylistData.now());

        Race.Result<Outcome<Playlist>, Outcome<Playlist>> race = Race.between(transactions,
                () -> playlists.add(created), () -> playlists.update(renamed));

        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(nameTaken());
        assertThat(playlists.ownedBy(ann, renamed.id()).orElseThrow().name().value()).isEqualTo("Cowboys");
    }

    @Test
    void aWriteAtAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        AccountId ann = data.viewer();
        List<TitleId> films = data.published(2);
        Playlist playlist = stored(ann, "Stale", List.of(films.get(0)));
        Playlist first = playlists.ownedBy(ann, playlist.id()).orElseThrow();
        Playlist stale = playlists.ownedBy(ann, playlist.id()).orElseThrow();
        first.add(films.get(1), OptionalInt.empty(), PlaylistData.now());
        stale.remove(films.get(0), PlaylistData.now());

        assertThat(playlists.update(first).isAccepted()).isTrue();
        assertThat(playlists.update(stale)).isEqualTo(Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE));
        assertThat(playlists.ownedBy(ann, playlist.id()).orElseThrow().items()).extracting(PlaylistItem::titleId)
                .containsExactly(films.get(0), films.get(1));
    }

    @Test
    void twentyViewersTabsAddingToAPlaylistOf495AtOnceFillItToExactly500() throws Exception {
        AccountId ann = data.viewer();
        Playlist playlist = stored(ann, "Nearly full", data.published(495));
        List<TitleId> more = data.published(20);

        List<Outcome<Playlist>> outcomes = Parallel.run(more.stream().<java.util.function.Supplier<Outcome<Playlist>>>
                map(film -> () -> transactions.executeWrite(status -> playlists.lockOwnedBy(ann, playlist.id())
                        .orElseThrow().add(film, OptionalInt.of(0), PlaylistData.now())
                        .flatMap(playlists::update))).toList());

        assertThat(outcomes.stream().filter(Outcome::isAccepted)).hasSize(5);
        assertThat(outcomes.stream().filter(outcome -> !outcome.isAccepted()))
                .containsOnly(Outcome.rejected(LibraryRejection.PLAYLIST_FULL));
        Playlist full = playlists.ownedBy(ann, playlist.id()).orElseThrow();
        assertThat(full.size()).isEqualTo(500);
        assertThat(full.version()).isEqualTo(playlist.version() + 5);
        assertThat(positions(playlist.id())).hasSize(500).doesNotHaveDuplicates().allMatch(p -> p >= 0 && p < 500);
    }

    @Test
    void twoTabsAddingTheSameTitleAtOnceAddItOnce() throws Exception {
        AccountId ann = data.viewer();
        TitleId film = data.published();
        Playlist playlist = stored(ann, "Twice", data.published(2));

        List<Outcome<Playlist>> outcomes = Parallel.run(List.of(
                () -> transactions.executeWrite(status -> playlists.lockOwnedBy(ann, playlist.id()).orElseThrow()
                        .add(film, OptionalInt.empty(), PlaylistData.now()).flatMap(playlists::update)),
                () -> transactions.executeWrite(status -> playlists.lockOwnedBy(ann, playlist.id()).orElseThrow()
                        .add(film, OptionalInt.of(0), PlaylistData.now()).flatMap(playlists::update))));

        assertThat(outcomes.stream().filter(Outcome::isAccepted)).hasSize(1);
        assertThat(outcomes.stream().filter(outcome -> !outcome.isAccepted())).containsOnly(Outcome.rejected(
                Rejection.onField(LibraryRejection.TITLE_ALREADY_IN_PLAYLIST, "titleId")));
        assertThat(positions(playlist.id())).containsExactly(0, 1, 2);
    }

    @Test
    void theDatabaseItselfRefusesAFiveHundredAndFirstTitleAndATitleTwice() throws SQLException {
        AccountId ann = data.viewer();
        List<TitleId> films = data.published(2);
        Playlist playlist = stored(ann, "Guarded", List.of(films.get(0)));

        try (Connection connection = TestDatabase.openConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO playlist_items VALUES ('" + playlist.id() + "', '"
                    + films.get(1) + "', 500, now())")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("playlist_items_position_check");
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO playlist_items VALUES ('" + playlist.id() + "', '"
                    + films.get(0) + "', 1, now())")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("playlist_items_pkey");
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO playlist_items VALUES ('" + playlist.id() + "', '"
                    + films.get(1) + "', 0, now())")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("playlist_items_position_key");
        }
    }

    @Test
    void aViewerListsTheirPlaylistsByNameWithCountsAndFirstTitles() {
        AccountId ann = data.viewer();
        List<TitleId> films = data.published(6);
        stored(ann, "mango", films);
        stored(ann, "Apple", List.of());
        stored(ann, "zebra", List.of(films.get(5)));
        stored(data.viewer(), "Bob's", films);

        List<PlaylistSummary> first = playlists.ofOwner(ann, Optional.empty(), 2);
        PlaylistSummary last = first.get(1);
        List<PlaylistSummary> rest = playlists.ofOwner(ann,
                Optional.of(new PlaylistSummary.Position(last.name().key(), last.id())), 10);

        assertThat(first).extracting(s -> s.name().value()).containsExactly("Apple", "mango");
        assertThat(rest).extracting(s -> s.name().value()).containsExactly("zebra");
        assertThat(first.get(0).itemCount()).isZero();
        assertThat(first.get(0).firstTitles()).isEmpty();
        assertThat(last.itemCount()).isEqualTo(6);
        assertThat(last.firstTitles()).containsExactlyElementsOf(films.subList(0, 4));
    }

    @Test
    void aTitleInAPlaylistIsReferencedAndDeletingThePlaylistTakesItsItems() {
        AccountId ann = data.viewer();
        TitleId film = data.published();
        Playlist playlist = stored(ann, "Referenced", List.of(film));

        assertThat(references.isReferenced(film)).isTrue();
        playlists.delete(playlist.id());

        assertThat(playlists.ownedBy(ann, playlist.id())).isEmpty();
        assertThat(references.isReferenced(film)).isFalse();
    }

    private Playlist stored(AccountId owner, String name, List<TitleId> films) {
        Playlist playlist = Playlist.create(owner, new PlaylistName(name), Optional.empty(), PlaylistData.now());
        playlists.add(playlist);
        Playlist read = playlists.ownedBy(owner, playlist.id()).orElseThrow();
        if (films.isEmpty()) {
            return read;
        }
        films.forEach(film -> read.add(film, OptionalInt.empty(), PlaylistData.now()));
        return ((Outcome.Accepted<Playlist>) playlists.update(read)).value();
    }

    private static List<Integer> positions(PlaylistId id) {
        try (Connection connection = TestDatabase.openConnection(); Statement sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT position FROM playlist_items WHERE playlist_id = '" + id
                     + "' ORDER BY position")) {
            List<Integer> positions = new java.util.ArrayList<>();
            while (rows.next()) {
                positions.add(rows.getInt(1));
            }
            return positions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Outcome<Playlist> nameTaken() {
        return Outcome.rejected(Rejection.onField(LibraryRejection.PLAYLIST_NAME_TAKEN, "name"));
    }
}
