package app.marquee.domain.sales.waitlist;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.shared.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The line of people waiting for a sold-out show, each for places at one price tier. One may join
 * only while the show has nothing left at that tier, once at a time ({@code UNIQUE (show_id,
 * entrant_id) WHERE state IN ('WAITING', 'OFFERED')}), for up to the per-order maximum. When places
 * of a tier come back, they are offered in the order people joined, each to the first waiting
 * entrant of that tier whose wish still fits in what is left (someone asking for more keeps their
 * place in line for the next return), for a limited time (two hours by default). An offer that
 * runs out unused lapses and its places pass to the next in line.
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

    /**
     * SHOW_NOT_SOLD_OUT while the tier has places left, ALREADY_ON_WAITING_LIST for a second open
     * entry, PER_ORDER_LIMIT_EXCEEDED above the show's maximum.
     */
    public Outcome<WaitingEntry> join(AccountId entrant, TierId tier, int places, PerOrderLimit limit,
                                      boolean soldOut, Instant now) {
        if (!soldOut) {
            return Outcome.rejected(SalesRejection.SHOW_NOT_SOLD_OUT);
        }
        if (openEntryOf(entrant).isPresent()) {
            return Outcome.rejected(SalesRejection.ALREADY_ON_WAITING_LIST);
        }
        if (!limit.allows(places)) {
            return Outcome.rejected(SalesRejection.PER_ORDER_LIMIT_EXCEEDED);
        }
        WaitingEntry entry = WaitingEntry.join(entrant, tier, places, now);
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

    /** {@code freed} places of the tier came back: the offers made, in line order, each valid for {@code validity}. */
    public List<Offer> offer(TierId tier, int freed, Duration validity, Instant now) {
        return offer(tier, freed, validity, now, Set.of());
    }

    /**
     * As {@link #offer(TierId, int, Duration, Instant)}, passing over {@code passedOver} this time
     * (someone who already holds places of the show keeps their place in line for the next return).
     */
    public List<Offer> offer(TierId tier, int freed, Duration validity, Instant now, Set<AccountId> passedOver) {
        List<Offer> offers = new ArrayList<>();
        int left = freed;
        for (int i = 0; i < entries.size() && left > 0; i++) {
            WaitingEntry entry = entries.get(i);
            if (entry.state() == EntryState.WAITING && entry.tier().equals(tier) && entry.places() <= left
                    && !passedOver.contains(entry.entrant())) {
                Instant until = now.plus(validity);
                entries.set(i, entry.offered(until));
                offers.add(new Offer(entry.entrant(), tier, entry.places(), until));
                left -= entry.places();
            }
        }
        return offers;
    }

    /** Offers that ran out by {@code now} lapse: the entries lapsed, whose places the caller passes on. */
    public List<WaitingEntry> lapseOffers(Instant now) {
        List<WaitingEntry> lapsed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).offerRanOutAt(now)) {
                entries.set(i, entries.get(i).becomes(EntryState.LAPSED));
                lapsed.add(entries.get(i));
            }
        }
        return lapsed;
    }

    /** Offers that ran out by {@code now} lapse, and their places are offered to the next in line of their tier. */
    public List<Offer> passOnLapsedOffers(Duration validity, Instant now) {
        Map<TierId, Integer> freed = new LinkedHashMap<>();
        lapseOffers(now).forEach(entry -> freed.merge(entry.tier(), entry.places(), Integer::sum));
        List<Offer> offers = new ArrayList<>();
        freed.forEach((tier, places) -> offers.addAll(offer(tier, places, validity, now)));
        return offers;
    }

    /** Where the entrant stands in the line of their tier (1 = next), while they wait. */
    public OptionalInt positionOf(AccountId entrant) {
        OptionalInt at = openEntryOf(entrant);
        if (at.isEmpty() || entries.get(at.getAsInt()).state() != EntryState.WAITING) {
            return OptionalInt.empty();
        }
        TierId tier = entries.get(at.getAsInt()).tier();
        return OptionalInt.of(1 + (int) entries.subList(0, at.getAsInt()).stream()
                .filter(e -> e.state() == EntryState.WAITING && e.tier().equals(tier)).count());
    }

    /** The places still wished for, by tier, by everyone waiting but {@code except}. */
    public Map<TierId, Integer> wishesBesides(AccountId except) {
        Map<TierId, Integer> wishes = new LinkedHashMap<>();
        waiting().stream().filter(e -> !e.entrant().equals(except))
                .forEach(e -> wishes.merge(e.tier(), e.places(), Integer::sum));
        return wishes;
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

    /** The entrant's WAITING or OFFERED entry, if any. */
    public java.util.Optional<WaitingEntry> openEntry(AccountId entrant) {
        OptionalInt at = openEntryOf(entrant);
        return at.isPresent() ? java.util.Optional.of(entries.get(at.getAsInt())) : java.util.Optional.empty();
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
