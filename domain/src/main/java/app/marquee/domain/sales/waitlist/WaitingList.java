package app.marquee.domain.sales.waitlist;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The line of people waiting for a sold-out show. One may join only while the show is sold out,
 * once at a time ({@code UNIQUE (show_id, entrant_id) WHERE state IN ('WAITING', 'OFFERED')}),
 * for up to the per-order maximum. When places come back, they are offered in the order people
 * joined, each to the first waiting entrant whose wish still fits in what is left (someone asking
 * for more keeps their place in line for the next return), for a limited time (two hours by
 * default). An offer that runs out unused lapses and its places pass to the next in line.
 */
public final class WaitingList {
    public static final Duration DEFAULT_OFFER_VALIDITY = Duration.ofHours(2);

    private final ShowId show;
    private final List<WaitingEntry> entries;

    private WaitingList(ShowId show, List<WaitingEntry> entries) {
        this.show = Objects.requireNonNull(show);
        this.entries = new ArrayList<>(entries);
        if (entries.stream().filter(e -> e.state().isOpen()).map(WaitingEntry::entrant).distinct().count()
                != entries.stream().filter(e -> e.state().isOpen()).count()) {
            throw new IllegalArgumentException("one open entry per person");
        }
    }

    public static WaitingList empty(ShowId show) {
        return new WaitingList(show, List.of());
    }

    /** For the persistence adapter only: {@code entries} in the order people joined. */
    public static WaitingList rehydrate(ShowId show, List<WaitingEntry> entries) {
        return new WaitingList(show, entries);
    }

    /** SHOW_NOT_SOLD_OUT while places are left, ALREADY_ON_WAITING_LIST for a second open entry. */
    public Outcome<WaitingEntry> join(AccountId entrant, int places, PerOrderLimit limit, boolean soldOut,
                                      Instant now) {
        if (!soldOut) {
            return Outcome.rejected(SalesRejection.SHOW_NOT_SOLD_OUT);
        }
        if (openEntryOf(entrant).isPresent()) {
            return Outcome.rejected(SalesRejection.ALREADY_ON_WAITING_LIST);
        }
        if (!limit.allows(places)) {
            return Outcome.rejected(SalesRejection.PER_ORDER_LIMIT_EXCEEDED);
        }
        WaitingEntry entry = WaitingEntry.join(entrant, places, now);
        entries.add(entry);
        return Outcome.accepted(entry);
    }

    /** The entrant gives up (their offer too, whose hold the caller releases). NOT_ON_WAITING_LIST otherwise. */
    public Outcome<WaitingEntry> leave(AccountId entrant) {
        return close(entrant, EntryState.LEFT);
    }

    /** The entrant bought their offer. NOT_ON_WAITING_LIST when they hold none. */
    public Outcome<WaitingEntry> served(AccountId entrant) {
        OptionalInt at = openEntryOf(entrant);
        if (at.isEmpty() || entries.get(at.getAsInt()).state() != EntryState.OFFERED) {
            return Outcome.rejected(SalesRejection.NOT_ON_WAITING_LIST);
        }
        return close(entrant, EntryState.SERVED);
    }

    /** {@code freed} places came back: the offers made, in line order, each valid for {@code validity}. */
    public List<Offer> offer(int freed, Duration validity, Instant now) {
        List<Offer> offers = new ArrayList<>();
        int left = freed;
        for (int i = 0; i < entries.size() && left > 0; i++) {
            WaitingEntry entry = entries.get(i);
            if (entry.state() == EntryState.WAITING && entry.places() <= left) {
                Instant until = now.plus(validity);
                entries.set(i, entry.offered(until));
                offers.add(new Offer(entry.entrant(), entry.places(), until));
                left -= entry.places();
            }
        }
        return offers;
    }

    /** Offers that ran out by {@code now} lapse, and their places are offered to the next in line. */
    public List<Offer> passOnLapsedOffers(Duration validity, Instant now) {
        int freed = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).offerRanOutAt(now)) {
                freed += entries.get(i).places();
                entries.set(i, entries.get(i).becomes(EntryState.LAPSED));
            }
        }
        return freed == 0 ? List.of() : offer(freed, validity, now);
    }

    private Outcome<WaitingEntry> close(AccountId entrant, EntryState state) {
        OptionalInt at = openEntryOf(entrant);
        if (at.isEmpty()) {
            return Outcome.rejected(SalesRejection.NOT_ON_WAITING_LIST);
        }
        WaitingEntry closed = entries.get(at.getAsInt()).becomes(state);
        entries.set(at.getAsInt(), closed);
        return Outcome.accepted(closed);
    }

    private OptionalInt openEntryOf(AccountId entrant) {
        return IntStream.range(0, entries.size())
                .filter(i -> entries.get(i).entrant().equals(entrant) && entries.get(i).state().isOpen()).findFirst();
    }

    /** Everyone still waiting, in line order. */
    public List<WaitingEntry> waiting() {
        return entries.stream().filter(e -> e.state() == EntryState.WAITING).toList();
    }

    public List<WaitingEntry> entries() {
        return List.copyOf(entries);
    }

    public ShowId show() {
        return show;
    }
}
