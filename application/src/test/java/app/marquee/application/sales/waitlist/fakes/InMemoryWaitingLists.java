package app.marquee.application.sales.waitlist.fakes;

import app.marquee.application.sales.hold.fakes.InMemoryHolds;
import app.marquee.application.sales.waitlist.port.out.ServeWaitingEntryPort;
import app.marquee.application.sales.waitlist.port.out.WaitingListsPort;
import app.marquee.application.sales.waitlist.port.out.WaitingWishesPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.waitlist.EntryState;
import app.marquee.domain.sales.waitlist.WaitingEntry;
import app.marquee.domain.sales.waitlist.WaitingList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Waiting lists in memory, entries in join order; locks are a no-op (one thread). */
public final class InMemoryWaitingLists implements WaitingListsPort, WaitingWishesPort, ServeWaitingEntryPort {
    private final Map<ShowId, List<Stored>> lines = new HashMap<>();
    private final InMemoryHolds holds;

    public InMemoryWaitingLists(InMemoryHolds holds) {
        this.holds = holds;
    }

    private static final class Stored {
        WaitingEntry entry;
        Optional<HoldId> hold = Optional.empty();

        Stored(WaitingEntry entry) {
            this.entry = entry;
        }
    }

    @Override
    public WaitingList lockLine(ShowId show) {
        return line(show);
    }

    @Override
    public Optional<WaitingList> lockLineUnlessBusy(ShowId show) {
        return Optional.of(line(show));
    }

    @Override
    public WaitingList line(ShowId show) {
        return WaitingList.rehydrate(show, of(show).stream().map(s -> s.entry).filter(e -> e.state().isOpen()).toList());
    }

    @Override
    public Optional<StoredEntry> latestOf(ShowId show, AccountId entrant) {
        List<Stored> mine = of(show).stream().filter(s -> s.entry.entrant().equals(entrant)).toList();
        return mine.isEmpty() ? Optional.empty()
                : Optional.of(new StoredEntry(mine.get(mine.size() - 1).entry, mine.get(mine.size() - 1).hold));
    }

    @Override
    public boolean add(ShowId show, WaitingEntry entry, Instant now) {
        if (open(show, entry.entrant()).isPresent()) {
            return false;
        }
        lines.computeIfAbsent(show, s -> new ArrayList<>()).add(new Stored(entry));
        return true;
    }

    @Override
    public void update(ShowId show, WaitingEntry entry, Optional<HoldId> offerHold, Instant now) {
        Stored stored = open(show, entry.entrant()).orElseThrow();
        stored.entry = entry;
        offerHold.ifPresent(hold -> stored.hold = Optional.of(hold));
    }

    @Override
    public Set<AccountId> entrantsHolding(ShowId show, Instant now) {
        return of(show).stream().filter(s -> s.entry.state().isOpen())
                .filter(s -> holds.activeHoldOf(show, s.entry.entrant()).filter(h -> h.isLiveAt(now)).isPresent())
                .map(s -> s.entry.entrant()).collect(Collectors.toSet());
    }

    @Override
    public List<ShowId> linesToServe(Instant now, int max) {
        return lines.keySet().stream().filter(show -> !line(show).entries().isEmpty()).limit(max).toList();
    }

    @Override
    public Map<TierId, Integer> wishesBesides(ShowId show, AccountId buyer) {
        return line(show).wishesBesides(buyer);
    }

    @Override
    public void served(HoldId offerHold, Instant now) {
        lines.values().stream().flatMap(List::stream)
                .filter(s -> s.hold.equals(Optional.of(offerHold)) && s.entry.state() == EntryState.OFFERED)
                .forEach(s -> s.entry = new WaitingEntry(s.entry.entrant(), s.entry.tier(), s.entry.places(),
                        s.entry.joinedAt(), EntryState.SERVED, Optional.empty()));
    }

    private Optional<Stored> open(ShowId show, AccountId entrant) {
        return of(show).stream().filter(s -> s.entry.entrant().equals(entrant) && s.entry.state().isOpen()).findFirst();
    }

    private List<Stored> of(ShowId show) {
        return lines.getOrDefault(show, List.of());
    }
}
