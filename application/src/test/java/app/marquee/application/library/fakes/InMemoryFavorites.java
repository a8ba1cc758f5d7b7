package app.marquee.application.library.fakes;

import app.marquee.application.library.port.out.FavoritesPort;
import app.marquee.application.library.port.out.PagePosition;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.favorite.Favorite;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Favorites keyed by viewer and title, as the table's primary key keeps them: the first add wins. */
public final class InMemoryFavorites implements FavoritesPort {
    static final Comparator<Favorite> NEWEST_FIRST = Comparator.comparing(Favorite::addedAt)
            .thenComparing(favorite -> favorite.title().value()).reversed();
    private final Map<List<Object>, Favorite> rows = new LinkedHashMap<>();

    @Override
    public Favorite add(Favorite favorite) {
        return rows.computeIfAbsent(List.of(favorite.account(), favorite.title()), key -> favorite);
    }

    @Override
    public void remove(AccountId account, TitleId title) {
        rows.remove(List.of(account, title));
    }

    @Override
    public Optional<Favorite> find(AccountId account, TitleId title) {
        return Optional.ofNullable(rows.get(List.of(account, title)));
    }

    @Override
    public List<Favorite> newestFirst(AccountId account, Optional<PagePosition> after, int max) {
        return rows.values().stream().filter(favorite -> favorite.account().equals(account))
                .filter(favorite -> after.map(position -> before(favorite, position)).orElse(true))
                .sorted(NEWEST_FIRST).limit(max).toList();
    }

    private static boolean before(Favorite favorite, PagePosition position) {
        int byTime = favorite.addedAt().compareTo(position.at());
        return byTime < 0 || byTime == 0 && favorite.title().value().compareTo(position.id()) < 0;
    }

    public int size() {
        return rows.size();
    }

    /** Every favorite of the viewer, newest first (the export). */
    public List<Favorite> ofAccount(AccountId account) {
        return rows.values().stream().filter(f -> f.account().equals(account)).sorted(NEWEST_FIRST).toList();
    }

    /** Removes every favorite of the viewer (the erasure). */
    public void forget(AccountId account) {
        rows.values().removeIf(f -> f.account().equals(account));
    }
}
