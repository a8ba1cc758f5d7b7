package app.marquee.application.sales.hold.fakes;

import app.marquee.application.sales.hold.port.out.ExpireHoldsPort;
import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.hold.port.out.PlaceHoldPort;
import app.marquee.application.sales.hold.port.out.ReleaseHoldPort;
import app.marquee.application.sales.hold.port.out.TakenPlacesPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Holds as a table; what they take is read from the live ones. A test may script the store's
 * verdicts on the next saves (a race lost, a deadlock) to see how the use case answers them.
 */
public final class InMemoryHolds implements LoadHoldPort, PlaceHoldPort, ExpireHoldsPort, TakenPlacesPort,
        ReleaseHoldPort {
    private final Map<HoldId, Hold> rows = new LinkedHashMap<>();
    private final Deque<HoldRaceLostException> verdicts = new ArrayDeque<>();
    private int saves;

    public void loseNextSave(HoldRaceLostException lost) {
        verdicts.add(lost);
    }

    public int saves() {
        return saves;
    }

    @Override
    public Optional<Hold> byId(HoldId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Hold> activeHoldOf(ShowId show, AccountId buyer) {
        return rows.values().stream().filter(h -> h.show().equals(show) && h.buyer().equals(buyer)
                && h.state() == HoldState.ACTIVE).findFirst();
    }

    @Override
    public void save(PlacedHold placed, Instant now) {
        saves++;
        if (!verdicts.isEmpty()) {
            throw verdicts.poll();
        }
        placed.replaced().ifPresent(old -> rows.put(old.id(), old));
        rows.put(placed.hold().id(), placed.hold());
    }

    @Override
    public int lapseDueOf(ShowId show, Instant now) {
        List<Hold> due = rows.values().stream().filter(h -> h.show().equals(show) && h.state() == HoldState.ACTIVE
                && !h.isLiveAt(now)).toList();
        due.forEach(h -> h.expire(now));
        return due.size();
    }

    @Override
    public boolean anyDueOf(ShowId show, Instant now) {
        return rows.values().stream().anyMatch(h -> h.show().equals(show) && h.state() == HoldState.ACTIVE
                && !h.isLiveAt(now));
    }

    @Override
    public int expireDue(Instant now, int max) {
        List<Hold> due = rows.values().stream().filter(h -> h.state() == HoldState.ACTIVE && !h.isLiveAt(now))
                .limit(max).toList();
        due.forEach(h -> h.expire(now));
        return due.size();
    }

    @Override
    public List<Claim> takenAt(ShowId show, Optional<HoldId> leftOut, Instant now) {
        return rows.values().stream().filter(h -> h.show().equals(show) && !leftOut.equals(Optional.of(h.id())))
                .flatMap(h -> h.claimsAt(now).stream()).toList();
    }

    @Override
    public List<Claim> takenOf(ShowId show, Set<SeatId> seats, Optional<HoldId> leftOut, Instant now) {
        return takenAt(show, leftOut, now).stream()
                .filter(claim -> claim.seat().map(seats::contains).orElse(true)).toList();
    }

    @Override
    public Outcome<Hold> release(Hold released, Instant now) {
        if (!rows.containsKey(released.id())) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_FOUND);
        }
        rows.put(released.id(), released);
        return Outcome.accepted(released);
    }
}
