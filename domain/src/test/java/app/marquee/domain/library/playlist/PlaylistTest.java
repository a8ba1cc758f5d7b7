package app.marquee.domain.library.playlist;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaylistTest {
    private static final Instant CREATED = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(60);
    private static final AccountId ANN = AccountId.newId();
    private final TitleId amelie = TitleId.newId();
    private final TitleId brazil = TitleId.newId();
    private final TitleId casablanca = TitleId.newId();
    private final TitleId dune = TitleId.newId();

    @Test
    void aNewPlaylistIsEmptyAndBelongsToItsCreator() {
        Playlist playlist = Playlist.create(ANN, new PlaylistName("  Road trip "),
                PlaylistDescription.of("For the car"), CREATED);

        assertThat(playlist.owner()).isEqualTo(ANN);
        assertThat(playlist.isOwnedBy(ANN)).isTrue();
        assertThat(playlist.isOwnedBy(AccountId.newId())).isFalse();
        assertThat(playlist.name().value()).isEqualTo("Road trip");
        assertThat(playlist.description()).contains(new PlaylistDescription("For the car"));
        assertThat(playlist.items()).isEmpty();
        assertThat(playlist.version()).isZero();
        assertThat(playlist.createdAt()).isEqualTo(CREATED).isEqualTo(playlist.updatedAt());
    }

    @Test
    void titlesAreAddedAtTheEndByDefaultAndInOrder() {
        Playlist playlist = withTitles(amelie, brazil);

        assertThat(playlist.add(casablanca, OptionalInt.empty(), LATER).isAccepted()).isTrue();

        assertThat(titles(playlist)).containsExactly(amelie, brazil, casablanca);
        assertThat(playlist.items().get(2).addedAt()).isEqualTo(LATER);
        assertThat(playlist.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aTitleAddedAtAPositionPushesTheFollowingOnesDown() {
        Playlist playlist = withTitles(amelie, brazil);

        playlist.add(casablanca, OptionalInt.of(0), LATER);
        playlist.add(dune, OptionalInt.of(2), LATER);

        assertThat(titles(playlist)).containsExactly(casablanca, amelie, dune, brazil);
        assertThat(playlist.positionOf(dune)).hasValue(2);
    }

    @Test
    void aTitleMayBeAddedRightAfterTheLastButNotFurtherNorBeforeTheFirst() {
        Playlist playlist = withTitles(amelie, brazil);

        assertThat(playlist.add(casablanca, OptionalInt.of(3), LATER)).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_OUT_OF_RANGE, "position")));
        assertThat(playlist.add(casablanca, OptionalInt.of(-1), LATER)).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_OUT_OF_RANGE, "position")));
        assertThat(playlist.add(casablanca, OptionalInt.of(2), LATER).isAccepted()).isTrue();
        assertThat(titles(playlist)).containsExactly(amelie, brazil, casablanca);
    }

    @Test
    void aTitleIsInAPlaylistAtMostOnce() {
        Playlist playlist = withTitles(amelie, brazil);

        assertThat(playlist.add(brazil, OptionalInt.of(0), LATER)).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.TITLE_ALREADY_IN_PLAYLIST, "titleId")));
        assertThat(titles(playlist)).containsExactly(amelie, brazil);
        assertThat(playlist.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void aPlaylistHoldsAtMostFiveHundredTitles() {
        Playlist full = withTitles(IntStream.range(0, Playlist.MAX_ITEMS).mapToObj(i -> TitleId.newId())
                .toArray(TitleId[]::new));

        assertThat(full.add(amelie, OptionalInt.empty(), LATER)).isEqualTo(
                Outcome.rejected(LibraryRejection.PLAYLIST_FULL));
        assertThat(full.size()).isEqualTo(500);
        assertThat(full.remove(full.items().get(0).titleId(), LATER).isAccepted()).isTrue();
        assertThat(full.add(amelie, OptionalInt.empty(), LATER).isAccepted()).isTrue();
        assertThat(full.size()).isEqualTo(500);
    }

    @Test
    void aTitleAlreadyThereIsSaidSoEvenWhenThePlaylistIsFull() {
        List<TitleId> ids = new ArrayList<>(List.of(amelie));
        IntStream.range(1, Playlist.MAX_ITEMS).forEach(i -> ids.add(TitleId.newId()));
        Playlist full = withTitles(ids.toArray(TitleId[]::new));

        assertThat(full.add(amelie, OptionalInt.empty(), LATER)).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.TITLE_ALREADY_IN_PLAYLIST, "titleId")));
    }

    @Test
    void removingATitleClosesTheGap() {
        Playlist playlist = withTitles(amelie, brazil, casablanca);

        assertThat(playlist.remove(brazil, LATER).isAccepted()).isTrue();

        assertThat(titles(playlist)).containsExactly(amelie, casablanca);
        assertThat(playlist.positionOf(casablanca)).hasValue(1);
        assertThat(playlist.positionOf(brazil)).isEmpty();
        assertThat(playlist.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void removingATitleThatIsNotThereIsRefused() {
        Playlist playlist = withTitles(amelie);

        assertThat(playlist.remove(brazil, LATER)).isEqualTo(
                Outcome.rejected(LibraryRejection.PLAYLIST_ITEM_NOT_FOUND));
        assertThat(titles(playlist)).containsExactly(amelie);
    }

    @Test
    void aMovedTitleEndsUpExactlyAtThePositionAsked() {
        Playlist playlist = withTitles(amelie, brazil, casablanca, dune);

        playlist.move(amelie, 2, LATER);
        assertThat(titles(playlist)).containsExactly(brazil, casablanca, amelie, dune);

        playlist.move(dune, 0, LATER);
        assertThat(titles(playlist)).containsExactly(dune, brazil, casablanca, amelie);

        playlist.move(brazil, 3, LATER);
        assertThat(titles(playlist)).containsExactly(dune, casablanca, amelie, brazil);

        assertThat(playlist.move(casablanca, 1, LATER).isAccepted()).isTrue();
        assertThat(titles(playlist)).containsExactly(dune, casablanca, amelie, brazil);
    }

    @Test
    void movingKeepsWhenEachTitleWasAdded() {
        Playlist playlist = withTitles(amelie, brazil);
        Instant amelieAdded = playlist.items().get(0).addedAt();

        playlist.move(amelie, 1, LATER);

        assertThat(playlist.items().get(1)).isEqualTo(new PlaylistItem(amelie, amelieAdded));
    }

    @Test
    void aTitleCannotMoveOutsideTheListNorCanOneThatIsNotThere() {
        Playlist playlist = withTitles(amelie, brazil);
        Outcome<Playlist> outOfRange = Outcome.rejected(
                Rejection.onField(LibraryRejection.POSITION_OUT_OF_RANGE, "position"));

        assertThat(playlist.move(amelie, 2, LATER)).isEqualTo(outOfRange);
        assertThat(playlist.move(amelie, -1, LATER)).isEqualTo(outOfRange);
        assertThat(playlist.move(casablanca, 0, LATER)).isEqualTo(
                Outcome.rejected(LibraryRejection.PLAYLIST_ITEM_NOT_FOUND));
        assertThat(titles(playlist)).containsExactly(amelie, brazil);
        assertThat(playlist.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void renamingAndDescribingChangeOnlyThat() {
        Playlist playlist = withTitles(amelie);

        playlist.rename(new PlaylistName("Sunday films"), LATER);
        playlist.describe(Optional.empty(), LATER);

        assertThat(playlist.name()).isEqualTo(new PlaylistName("Sunday films"));
        assertThat(playlist.description()).isEmpty();
        assertThat(titles(playlist)).containsExactly(amelie);
        assertThat(playlist.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aStoredPlaylistCannotBreakTheRules() {
        List<PlaylistItem> twice = List.of(new PlaylistItem(amelie, CREATED), new PlaylistItem(amelie, CREATED));
        List<PlaylistItem> tooMany = IntStream.range(0, 501).mapToObj(i -> new PlaylistItem(TitleId.newId(), CREATED))
                .toList();

        assertThatThrownBy(() -> rehydrate(twice)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rehydrate(tooMany)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rehydrate(List.of(new PlaylistItem(brazil, CREATED))).version()).isEqualTo(7);
    }

    private static Playlist rehydrate(List<PlaylistItem> items) {
        return Playlist.rehydrate(PlaylistId.newId(), ANN, new PlaylistName("Stored"), Optional.empty(), items,
                CREATED, CREATED, 7);
    }

    private static Playlist withTitles(TitleId... ids) {
        return rehydrate(java.util.Arrays.stream(ids).map(id -> new PlaylistItem(id, CREATED)).toList());
    }

    private static List<TitleId> titles(Playlist playlist) {
        return playlist.items().stream().map(PlaylistItem::titleId).toList();
    }
}
