package app.marquee.application.library.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.library.fakes.InMemoryPlaylists;
import app.marquee.application.library.port.in.AddToPlaylistUseCase;
import app.marquee.application.library.port.in.MovePlaylistItemUseCase;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.application.library.port.in.RemoveFromPlaylistUseCase;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import static app.marquee.application.library.service.PlaylistServicesTest.accepted;
import static org.assertj.core.api.Assertions.assertThat;

class PlaylistItemServicesTest {
    private static final AccountId ANN = AccountId.newId();
    private static final AccountId BOB = AccountId.newId();

    private final CatalogFixture catalog = new CatalogFixture();
    private final InMemoryPlaylists playlists = new InMemoryPlaylists();
    private final LibraryTitles libraryTitles = new LibraryTitles(catalog.titles);
    private final AddToPlaylistService add = new AddToPlaylistService(playlists, catalog.titles, libraryTitles,
            catalog.clock);
    private final RemoveFromPlaylistService remove = new RemoveFromPlaylistService(playlists, catalog.titles,
            catalog.clock);
    private final MovePlaylistItemService move = new MovePlaylistItemService(playlists, catalog.titles,
            catalog.clock);
    private final Title amelie = catalog.movie("Amelie", TitleStatus.PUBLISHED);
    private final Title brazil = catalog.movie("Brazil", TitleStatus.PUBLISHED);
    private final Title casablanca = catalog.movie("Casablanca", TitleStatus.PUBLISHED);
    private final PlaylistId annList = playlists.seed(Playlist.create(ANN, new PlaylistName("Ann's"),
            Optional.empty(), CatalogFixture.CREATED)).id();

    @Test
    void publishedTitlesAreAddedInOrderAndTheViewCarriesThem() {
        add.add(addCommand(amelie.id(), OptionalInt.empty()));
        add.add(addCommand(brazil.id(), OptionalInt.empty()));
        PlaylistView view = accepted(add.add(addCommand(casablanca.id(), OptionalInt.of(1))));

        assertThat(titles(view.playlist())).containsExactly(amelie.id(), casablanca.id(), brazil.id());
        assertThat(view.title(casablanca.id()).orElseThrow().details().name()).isEqualTo("Casablanca");
        assertThat(view.playlist().version()).isEqualTo(3);
        assertThat(titles(playlists.stored(annList))).containsExactly(amelie.id(), casablanca.id(), brazil.id());
        assertThat(playlists.stored(annList).items().get(0).addedAt()).isEqualTo(CatalogFixture.NOW);
    }

    @Test
    void onlyAPublishedTitleCanBeAdded() {
        Title draft = catalog.movie("Draft", TitleStatus.DRAFT);
        Title archived = catalog.movie("Archived", TitleStatus.ARCHIVED);
        Outcome<PlaylistView> notFound = Outcome.rejected(LibraryRejection.TITLE_NOT_FOUND);

        assertThat(add.add(addCommand(draft.id(), OptionalInt.empty()))).isEqualTo(notFound);
        assertThat(add.add(addCommand(archived.id(), OptionalInt.empty()))).isEqualTo(notFound);
        assertThat(add.add(addCommand(TitleId.newId(), OptionalInt.empty()))).isEqualTo(notFound);
        assertThat(playlists.stored(annList).items()).isEmpty();
        assertThat(playlists.writes()).isZero();
    }

    @Test
    void theDomainsRefusalsComeBackAndNothingIsWritten() {
        add.add(addCommand(amelie.id(), OptionalInt.empty()));
        int writes = playlists.writes();

        assertThat(add.add(addCommand(amelie.id(), OptionalInt.empty()))).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.TITLE_ALREADY_IN_PLAYLIST, "titleId")));
        assertThat(add.add(addCommand(brazil.id(), OptionalInt.of(5)))).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_OUT_OF_RANGE, "position")));
        assertThat(move.move(new MovePlaylistItemUseCase.Command(ANN, annList, brazil.id(), 0, Optional.empty())))
                .isEqualTo(Outcome.rejected(LibraryRejection.PLAYLIST_ITEM_NOT_FOUND));
        assertThat(remove.remove(new RemoveFromPlaylistUseCase.Command(ANN, annList, brazil.id(), Optional.empty())))
                .isEqualTo(Outcome.rejected(LibraryRejection.PLAYLIST_ITEM_NOT_FOUND));
        assertThat(playlists.writes()).isEqualTo(writes);
    }

    @Test
    void aFullPlaylistTakesNoMore() {
        Playlist stored = playlists.stored(annList);
        playlists.seed(Playlist.rehydrate(annList, ANN, stored.name(), Optional.empty(),
                IntStream.range(0, Playlist.MAX_ITEMS).mapToObj(i -> new PlaylistItem(TitleId.newId(),
                        CatalogFixture.CREATED)).toList(), stored.createdAt(), stored.updatedAt(), 0));

        assertThat(add.add(addCommand(amelie.id(), OptionalInt.empty()))).isEqualTo(
                Outcome.rejected(LibraryRejection.PLAYLIST_FULL));
    }

    @Test
    void titlesAreMovedAndRemovedKeepingTheOthersInOrder() {
        add.add(addCommand(amelie.id(), OptionalInt.empty()));
        add.add(addCommand(brazil.id(), OptionalInt.empty()));
        add.add(addCommand(casablanca.id(), OptionalInt.empty()));

        PlaylistView moved = accepted(move.move(new MovePlaylistItemUseCase.Command(ANN, annList, casablanca.id(), 0,
                Optional.empty())));
        assertThat(titles(moved.playlist())).containsExactly(casablanca.id(), amelie.id(), brazil.id());

        PlaylistView removed = accepted(remove.remove(new RemoveFromPlaylistUseCase.Command(ANN, annList,
                amelie.id(), Optional.empty())));
        assertThat(titles(removed.playlist())).containsExactly(casablanca.id(), brazil.id());
        assertThat(titles(playlists.stored(annList))).containsExactly(casablanca.id(), brazil.id());
    }

    @Test
    void aTitleThatLeftTheCatalogCanStillBeMovedAndRemoved() {
        add.add(addCommand(amelie.id(), OptionalInt.empty()));
        add.add(addCommand(brazil.id(), OptionalInt.empty()));
        catalog.titles.update(Title.rehydrate(amelie.id(), amelie.kind(), amelie.details(), TitleStatus.ARCHIVED,
                amelie.images(), amelie.createdAt(), amelie.updatedAt(), amelie.version()));

        assertThat(move.move(new MovePlaylistItemUseCase.Command(ANN, annList, amelie.id(), 1, Optional.empty()))
                .isAccepted()).isTrue();
        PlaylistView view = accepted(remove.remove(new RemoveFromPlaylistUseCase.Command(ANN, annList, amelie.id(),
                Optional.empty())));
        assertThat(titles(view.playlist())).containsExactly(brazil.id());
    }

    @Test
    void anotherViewersPlaylistIsNotFoundEvenForAnUnknownTitle() {
        Outcome<PlaylistView> notFound = Outcome.rejected(LibraryRejection.PLAYLIST_NOT_FOUND);

        assertThat(add.add(new AddToPlaylistUseCase.Command(BOB, annList, TitleId.newId(), OptionalInt.empty(),
                Optional.empty()))).isEqualTo(notFound);
        assertThat(move.move(new MovePlaylistItemUseCase.Command(BOB, annList, amelie.id(), 0, Optional.empty())))
                .isEqualTo(notFound);
        assertThat(remove.remove(new RemoveFromPlaylistUseCase.Command(BOB, annList, amelie.id(), Optional.empty())))
                .isEqualTo(notFound);
    }

    @Test
    void itemWritesTakeThePlaylistsLockAndHonourTheVersionGiven() {
        assertThat(add.add(new AddToPlaylistUseCase.Command(ANN, annList, amelie.id(), OptionalInt.empty(),
                Optional.of(4L)))).isEqualTo(Outcome.rejected(LibraryRejection.VERSION_MISMATCH));
        assertThat(add.add(new AddToPlaylistUseCase.Command(ANN, annList, amelie.id(), OptionalInt.empty(),
                Optional.of(0L))).isAccepted()).isTrue();
        assertThat(playlists.locks()).isEqualTo(2);
    }

    private AddToPlaylistUseCase.Command addCommand(TitleId titleId, OptionalInt position) {
        return new AddToPlaylistUseCase.Command(ANN, annList, titleId, position, Optional.empty());
    }

    private static List<TitleId> titles(Playlist playlist) {
        return playlist.items().stream().map(PlaylistItem::titleId).toList();
    }
}
