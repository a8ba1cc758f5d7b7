package app.marquee.application.library.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.library.fakes.InMemoryPlaylists;
import app.marquee.application.library.port.in.CreatePlaylistUseCase;
import app.marquee.application.library.port.in.EditPlaylistUseCase;
import app.marquee.application.library.port.in.EditPlaylistUseCase.DescriptionChange;
import app.marquee.application.library.port.in.ListPlaylistsQuery;
import app.marquee.application.library.port.in.ListPlaylistsQuery.PlaylistCard;
import app.marquee.application.library.port.in.ListPlaylistsQuery.PlaylistPage;
import app.marquee.application.library.port.in.PlaylistView;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.playlist.Playlist;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistItem;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlaylistServicesTest {
    private static final AccountId ANN = AccountId.newId();
    private static final AccountId BOB = AccountId.newId();

    private final CatalogFixture catalog = new CatalogFixture();
    private final InMemoryPlaylists playlists = new InMemoryPlaylists();
    private final CreatePlaylistService create = new CreatePlaylistService(playlists, catalog.titles, catalog.clock);
    private final ListPlaylistsService list = new ListPlaylistsService(playlists, catalog.titles);
    private final ViewPlaylistService view = new ViewPlaylistService(playlists, catalog.titles);
    private final EditPlaylistService edit = new EditPlaylistService(playlists, catalog.titles, catalog.clock);
    private final DeletePlaylistService delete = new DeletePlaylistService(playlists, catalog.titles);

    @Test
    void aViewerCreatesAnEmptyPlaylist() {
        PlaylistView created = accepted(create.create(command(ANN, "Road trip")));

        Playlist stored = playlists.stored(created.playlist().id());
        assertThat(stored.owner()).isEqualTo(ANN);
        assertThat(stored.name().value()).isEqualTo("Road trip");
        assertThat(stored.items()).isEmpty();
        assertThat(stored.createdAt()).isEqualTo(CatalogFixture.NOW);
    }

    @Test
    void aViewerCannotHaveTwoPlaylistsOfTheSameNameButTwoViewersCan() {
        create.create(command(ANN, "Road trip"));

        assertThat(create.create(command(ANN, "  ROAD TRIP "))).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.PLAYLIST_NAME_TAKEN, "name")));
        assertThat(create.create(command(BOB, "Road trip")).isAccepted()).isTrue();
    }

    @Test
    void anotherViewersPlaylistIsNotFoundWhateverIsAskedOfIt() {
        PlaylistId annList = accepted(create.create(command(ANN, "Mine"))).playlist().id();
        Outcome<Object> notFound = Outcome.rejected(LibraryRejection.PLAYLIST_NOT_FOUND);

        assertThat(view.view(BOB, annList)).isEqualTo(notFound);
        assertThat(edit.edit(new EditPlaylistUseCase.Command(BOB, annList, Optional.of(new PlaylistName("Stolen")),
                Optional.empty(), Optional.empty()))).isEqualTo(notFound);
        assertThat(delete.delete(BOB, annList, Optional.empty())).isEqualTo(notFound);
        assertThat(view.view(ANN, PlaylistId.newId())).isEqualTo(notFound);
        assertThat(playlists.stored(annList).name().value()).isEqualTo("Mine");
    }

    @Test
    void aViewerListsTheirOwnPlaylistsByNamePageByPageWithTheFirstTitles() {
        Title amelie = catalog.movie("Amelie", TitleStatus.PUBLISHED);
        Title archived = catalog.movie("Gone", TitleStatus.ARCHIVED);
        PlaylistId zebra = accepted(create.create(command(ANN, "zebra"))).playlist().id();
        seedItems(zebra, amelie, archived);
        create.create(command(ANN, "Apple"));
        create.create(command(ANN, "mango"));
        create.create(command(BOB, "Bob's"));

        PlaylistPage first = accepted(list.list(new ListPlaylistsQuery.Query(ANN, Optional.empty(), 2)));
        PlaylistPage second = accepted(list.list(new ListPlaylistsQuery.Query(ANN, first.nextAfter(), 2)));

        assertThat(first.items()).extracting(card -> card.summary().name().value()).containsExactly("Apple", "mango");
        assertThat(second.items()).extracting(card -> card.summary().name().value()).containsExactly("zebra");
        assertThat(second.nextAfter()).isEmpty();
        PlaylistCard zebraCard = second.items().get(0);
        assertThat(zebraCard.summary().itemCount()).isEqualTo(2);
        assertThat(zebraCard.firstTitles()).extracting(Title::id).containsExactly(amelie.id(), archived.id());
    }

    @Test
    void aCursorThisQueryDidNotIssueIsRefused() {
        assertThat(list.list(new ListPlaylistsQuery.Query(ANN, Optional.of("not-a-cursor"), 10))).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor")));
    }

    @Test
    void aViewerSeesTheirPlaylistWithItsTitlesEvenThoseThatLeftTheCatalog() {
        Title amelie = catalog.movie("Amelie", TitleStatus.PUBLISHED);
        Title archived = catalog.movie("Gone", TitleStatus.ARCHIVED);
        PlaylistId id = accepted(create.create(command(ANN, "Mixed"))).playlist().id();
        seedItems(id, archived, amelie);

        PlaylistView seen = accepted(view.view(ANN, id));

        assertThat(seen.playlist().items()).extracting(PlaylistItem::titleId).containsExactly(archived.id(), amelie.id());
        assertThat(seen.title(archived.id()).orElseThrow().status()).isEqualTo(TitleStatus.ARCHIVED);
    }

    @Test
    void renamingAndRedescribingChangeOnlyWhatIsGiven() {
        PlaylistId id = accepted(create.create(new CreatePlaylistUseCase.Command(ANN, new PlaylistName("Old"),
                PlaylistDescription.of("Kept")))).playlist().id();

        PlaylistView renamed = accepted(edit.edit(new EditPlaylistUseCase.Command(ANN, id,
                Optional.of(new PlaylistName("New")), Optional.empty(), Optional.empty())));
        assertThat(renamed.playlist().name().value()).isEqualTo("New");
        assertThat(renamed.playlist().description()).contains(new PlaylistDescription("Kept"));
        assertThat(renamed.playlist().version()).isEqualTo(1);

        accepted(edit.edit(new EditPlaylistUseCase.Command(ANN, id, Optional.empty(),
                Optional.of(new DescriptionChange(Optional.empty())), Optional.of(1L))));
        assertThat(playlists.stored(id).description()).isEmpty();
        assertThat(playlists.stored(id).name().value()).isEqualTo("New");
    }

    @Test
    void anEditThatChangesNothingWritesNothingAndKeepsTheVersion() {
        PlaylistId id = accepted(create.create(new CreatePlaylistUseCase.Command(ANN, new PlaylistName("Kept"),
                PlaylistDescription.of("As is")))).playlist().id();
        int writes = playlists.writes();

        PlaylistView empty = accepted(edit.edit(new EditPlaylistUseCase.Command(ANN, id, Optional.empty(),
                Optional.empty(), Optional.empty())));
        PlaylistView same = accepted(edit.edit(new EditPlaylistUseCase.Command(ANN, id,
                Optional.of(new PlaylistName("Kept")), Optional.of(new DescriptionChange(PlaylistDescription.of("As is"))),
                Optional.of(0L))));

        assertThat(empty.playlist().version()).isZero();
        assertThat(same.playlist().version()).isZero();
        assertThat(playlists.writes()).isEqualTo(writes);
        assertThat(edit.edit(new EditPlaylistUseCase.Command(ANN, id, Optional.empty(), Optional.empty(),
                Optional.of(7L)))).isEqualTo(Outcome.rejected(LibraryRejection.VERSION_MISMATCH));
        assertThat(edit.edit(new EditPlaylistUseCase.Command(BOB, id, Optional.empty(), Optional.empty(),
                Optional.empty()))).isEqualTo(Outcome.rejected(LibraryRejection.PLAYLIST_NOT_FOUND));
    }

    @Test
    void aPlaylistMayChangeTheCaseOfItsOwnNameButNotTakeAnothers() {
        PlaylistId id = accepted(create.create(command(ANN, "road trip"))).playlist().id();
        create.create(command(ANN, "Sunday"));

        assertThat(edit.edit(rename(id, "Road Trip")).isAccepted()).isTrue();
        assertThat(edit.edit(rename(id, "SUNDAY"))).isEqualTo(
                Outcome.rejected(Rejection.onField(LibraryRejection.PLAYLIST_NAME_TAKEN, "name")));
        assertThat(playlists.stored(id).name().value()).isEqualTo("Road Trip");
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedWhenSeenOnLoadingOrOnSaving() {
        PlaylistId id = accepted(create.create(command(ANN, "Draft"))).playlist().id();
        Playlist current = playlists.stored(id);

        assertThat(edit.edit(new EditPlaylistUseCase.Command(ANN, id, Optional.of(new PlaylistName("Stale")),
                Optional.empty(), Optional.of(current.version() + 3)))).isEqualTo(
                Outcome.rejected(LibraryRejection.VERSION_MISMATCH));

        playlists.beforeNextUpdate(() -> edit.edit(rename(id, "Other tab")));
        assertThat(edit.edit(new EditPlaylistUseCase.Command(ANN, id, Optional.of(new PlaylistName("Mine")),
                Optional.empty(), Optional.of(current.version())))).isEqualTo(
                Outcome.rejected(LibraryRejection.VERSION_MISMATCH));
        assertThat(playlists.stored(id).name().value()).isEqualTo("Other tab");
    }

    @Test
    void anEditWithoutAVersionThatLosesARaceIsAConcurrentUpdate() {
        PlaylistId id = accepted(create.create(command(ANN, "Draft"))).playlist().id();

        playlists.beforeNextUpdate(() -> edit.edit(rename(id, "Other tab")));

        assertThat(edit.edit(rename(id, "Mine"))).isEqualTo(Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE));
    }

    @Test
    void aViewerDeletesTheirPlaylistButNotAtAStaleVersion() {
        PlaylistId id = accepted(create.create(command(ANN, "Short-lived"))).playlist().id();

        assertThat(delete.delete(ANN, id, Optional.of(9L))).isEqualTo(
                Outcome.rejected(LibraryRejection.VERSION_MISMATCH));
        assertThat(delete.delete(ANN, id, Optional.of(0L))).isEqualTo(Outcome.accepted(id));
        assertThat(playlists.contains(id)).isFalse();
        assertThat(delete.delete(ANN, id, Optional.empty())).isEqualTo(
                Outcome.rejected(LibraryRejection.PLAYLIST_NOT_FOUND));
    }

    private void seedItems(PlaylistId id, Title... titles) {
        Playlist p = playlists.stored(id);
        playlists.seed(Playlist.rehydrate(p.id(), p.owner(), p.name(), p.description(),
                List.of(titles).stream().map(t -> new PlaylistItem(t.id(), CatalogFixture.NOW)).toList(),
                p.createdAt(), p.updatedAt(), p.version()));
    }

    private static EditPlaylistUseCase.Command rename(PlaylistId id, String name) {
        return new EditPlaylistUseCase.Command(ANN, id, Optional.of(new PlaylistName(name)), Optional.empty(),
                Optional.empty());
    }

    private static CreatePlaylistUseCase.Command command(AccountId owner, String name) {
        return new CreatePlaylistUseCase.Command(owner, new PlaylistName(name), Optional.empty());
    }

    static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome.isAccepted()).as(outcome.toString()).isTrue();
        return ((Outcome.Accepted<T>) outcome).value();
    }
}
