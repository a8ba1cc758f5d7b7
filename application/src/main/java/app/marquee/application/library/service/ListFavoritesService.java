package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.FavoriteEntry;
import app.marquee.application.library.port.in.ListFavoritesQuery;
import app.marquee.application.library.port.out.FavoritesPort;
import app.marquee.application.library.port.out.PagePosition;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.favorite.Favorite;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page of favorites and their titles, read in one transaction so that they agree. A title
 * cannot be deleted while favored (it is archived instead), so every favorite finds its title.
 */
@Singleton
public class ListFavoritesService implements ListFavoritesQuery {
    private final FavoritesPort favorites;
    private final LoadTitlePort titles;

    public ListFavoritesService(FavoritesPort favorites, LoadTitlePort titles) {
        this.favorites = favorites;
        this.titles = titles;
    }

    @Override
    @Transactional
    public Outcome<FavoritesPage> list(Listing listing) {
        return LibraryCursors.read(listing.after()).map(after -> {
            LibraryCursors.Cut<Favorite> cut = LibraryCursors.cut(
                    favorites.newestFirst(listing.account(), after, listing.limit() + 1), listing.limit(),
                    favorite -> new PagePosition(favorite.addedAt(), favorite.title().value()));
            Map<TitleId, Title> byId = titles.byIds(cut.items().stream().map(Favorite::title).toList()).stream()
                    .collect(Collectors.toMap(Title::id, Function.identity()));
            List<FavoriteEntry> entries = cut.items().stream()
                    .filter(favorite -> byId.containsKey(favorite.title()))
                    .map(favorite -> new FavoriteEntry(favorite, byId.get(favorite.title())))
                    .toList();
            return new FavoritesPage(entries, cut.next());
        });
    }
}
