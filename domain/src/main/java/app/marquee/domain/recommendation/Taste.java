package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.title.TitleId;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A viewer's history as the scorer reads it: the titles they favorited, finished, liked or
 * disliked (two entries for one title are merged), and {@code alsoSeen}, titles known to be
 * favorited or finished whose features were not loaded (a long history may be cut to its most
 * recent part). Nothing in either is ever recommended. Entries are kept in title id order, so
 * every sum over them is done in one order whatever order they came in.
 */
public record Taste(List<TasteEntry> entries, Set<TitleId> alsoSeen) {
    private static final Comparator<TasteEntry> BY_TITLE_ID = Comparator.comparing(entry -> entry.title().id().value());

    public Taste {
        Objects.requireNonNull(entries, "entries");
        Map<TitleId, TasteEntry> merged = new LinkedHashMap<>();
        entries.forEach(entry -> merged.merge(entry.title().id(), entry, TasteEntry::with));
        entries = merged.values().stream().sorted(BY_TITLE_ID).toList();
        alsoSeen = Set.copyOf(alsoSeen);
    }

    public static Taste of(Collection<TasteEntry> entries) {
        return new Taste(List.copyOf(entries), Set.of());
    }

    public static Taste none() {
        return new Taste(List.of(), Set.of());
    }

    /** Titles the viewer favorited, finished or liked, in title id order. */
    public List<TasteEntry> liked() {
        return entries.stream().filter(entry -> !entry.isDisliked()).toList();
    }

    public List<TasteEntry> disliked() {
        return entries.stream().filter(TasteEntry::isDisliked).toList();
    }

    /** No favorite, finished or liked title: the viewer gets what is popular. */
    public boolean isColdStart() {
        return liked().isEmpty();
    }

    public Set<TitleId> seen() {
        Set<TitleId> seen = new HashSet<>(alsoSeen);
        entries.forEach(entry -> seen.add(entry.title().id()));
        return seen;
    }
}
