package app.marquee.adapter.persistence.sales;

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
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Waiting lists in PostgreSQL: a line row per show that writers lock (the job with SKIP LOCKED, so
 * two instances never serve one show at once), entries in line order, one open entry per person
 * per show by a partial unique index ({@code INSERT ... ON CONFLICT DO NOTHING} is the lost race).
 */
@Singleton
public class WaitingListPersistenceAdapter implements WaitingListsPort, WaitingWishesPort, ServeWaitingEntryPort {
    private final WaitingListRepository lines;

    WaitingListPersistenceAdapter(WaitingListRepository lines) {
        this.lines = lines;
    }

    @Override
    @Transactional
    public WaitingList lockLine(ShowId show) {
        if (lines.lock(show.value()).isEmpty()) {
            lines.open(show.value(), Instant.now());
            lines.lock(show.value());
        }
        return line(show);
    }

    @Override
    @Transactional
    public Optional<WaitingList> lockLineUnlessBusy(ShowId show) {
        return lines.lockUnlessBusy(show.value()).map(locked -> line(show));
    }

    @Override
    @Transactional
    public WaitingList line(ShowId show) {
        return WaitingList.rehydrate(show, lines.openEntries(show.value()).stream()
                .map(WaitingListPersistenceAdapter::entry).toList());
    }

    @Override
    @Transactional
    public Optional<StoredEntry> latestOf(ShowId show, AccountId entrant) {
        return lines.latestOf(show.value(), entrant.value())
                .map(row -> new StoredEntry(entry(row), Optional.ofNullable(row.holdId()).map(HoldId::new)));
    }

    @Override
    @Transactional
    public boolean add(ShowId show, WaitingEntry entry, Instant now) {
        lines.open(show.value(), now);
        return lines.add(UUID.randomUUID(), show.value(), entry.entrant().value(), entry.tier().value(),
                entry.places(), entry.joinedAt()) == 1;
    }

    @Override
    @Transactional
    public void update(ShowId show, WaitingEntry entry, Optional<HoldId> offerHold, Instant now) {
        if (lines.update(show.value(), entry.entrant().value(), entry.state().name(),
                entry.offerExpiresAt().map(Instant::toString).orElse(null),
                offerHold.map(HoldId::toString).orElse(null), now) != 1) {
            throw new IllegalStateException("no open entry of " + entry.entrant() + " on show " + show);
        }
    }

    @Override
    @Transactional
    public Set<AccountId> entrantsHolding(ShowId show, Instant now) {
        return lines.entrantsHolding(show.value(), now).stream().map(AccountId::new).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public List<ShowId> linesToServe(Instant now, int max) {
        return lines.linesToServe(now, max).stream().map(ShowId::new).toList();
    }

    @Override
    @Transactional
    public Map<TierId, Integer> wishesBesides(ShowId show, AccountId buyer) {
        Map<TierId, Integer> wishes = new LinkedHashMap<>();
        lines.wishesBesides(show.value(), buyer.value())
                .forEach(row -> wishes.put(new TierId(row.tierId()), Math.toIntExact(row.places())));
        return wishes;
    }

    @Override
    @Transactional
    public void served(HoldId offerHold, Instant now) {
        lines.served(offerHold.value(), now);
    }

    private static WaitingEntry entry(WaitingEntryRow row) {
        return new WaitingEntry(new AccountId(row.entrantId()), new TierId(row.tierId()), row.places(), row.joinedAt(),
                EntryState.valueOf(row.state()), Optional.ofNullable(row.offerExpiresAt()));
    }
}
