package app.marquee.application.library.fakes;

import java.util.Comparator;
import app.marquee.application.library.port.out.ReactionsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.reaction.TitleReaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One reaction per viewer and title; a new one replaces it. */
public final class InMemoryReactions implements ReactionsPort {
    private final Map<List<Object>, TitleReaction> rows = new HashMap<>();

    @Override
    public TitleReaction put(TitleReaction reaction) {
        rows.put(List.of(reaction.account(), reaction.title()), reaction);
        return reaction;
    }

    @Override
    public void remove(AccountId account, TitleId title) {
        rows.remove(List.of(account, title));
    }

    @Override
    public Optional<TitleReaction> find(AccountId account, TitleId title) {
        return Optional.ofNullable(rows.get(List.of(account, title)));
    }

    public int size() {
        return rows.size();
    }

    /** Every reaction of the viewer, latest first (the export). */
    public List<TitleReaction> ofAccount(AccountId account) {
        return rows.values().stream().filter(r -> r.account().equals(account))
                .sorted(Comparator.comparing(TitleReaction::reactedAt).reversed()).toList();
    }

    /** Removes every reaction of the viewer (the erasure). */
    public void forget(AccountId account) {
        rows.values().removeIf(r -> r.account().equals(account));
    }
}
