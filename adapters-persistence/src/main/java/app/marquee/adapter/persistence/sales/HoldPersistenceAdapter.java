package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.hold.port.out.ExpireHoldsPort;
import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.hold.port.out.ReleaseHoldPort;
import app.marquee.application.sales.hold.port.out.TakenPlacesPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Holds in PostgreSQL: read, released by their buyer, lapsed when their time is up, and what they
 * and the tickets take of a show. Placing a hold is {@link HoldPlacementPersistenceAdapter}'s.
 * Every writer locks holds first, then area stock rows, then seat claims, each in key order.
 */
@Singleton
public class HoldPersistenceAdapter implements LoadHoldPort, ReleaseHoldPort, ExpireHoldsPort, TakenPlacesPort {
    private final HoldRepository holds;
    private final AreaStockRepository stock;
    private final SeatClaimRepository claims;
    private final HoldEndings endings;

    HoldPersistenceAdapter(HoldRepository holds, AreaStockRepository stock, SeatClaimRepository claims,
                           HoldEndings endings) {
        this.holds = holds;
        this.stock = stock;
        this.claims = claims;
        this.endings = endings;
    }

    @Override
    @Transactional
    public Optional<Hold> byId(HoldId id) {
        return holds.findById(id.value())
                .map(row -> HoldMapper.toDomain(row, holds.itemsOf(new String[] {row.id().toString()})));
    }

    @Override
    @Transactional
    public Outcome<Hold> release(Hold released, Instant now) {
        return Contention.guarded(() -> {
            String[] id = {released.id().toString()};
            if (holds.end(id, HoldState.RELEASED.name(), now) == 0) {
                return Outcome.<Hold>rejected(SalesRejection.HOLD_NOT_ACTIVE);
            }
            endings.giveBack(id);
            return Outcome.accepted(released);
        });
    }

    /** Outside any transaction: one statement, no BEGIN, no lock (most placements find nothing due). */
    @Override
    public boolean anyDueOf(ShowId show, Instant now) {
        return holds.anyDueOfShow(show.value(), now);
    }

    @Override
    @Transactional
    public int lapseDueOf(ShowId show, Instant now) {
        return Contention.guarded(() -> endings.end(holds.lockDueOfShow(show.value(), now), HoldState.EXPIRED, now));
    }

    @Override
    @Transactional
    public int expireDue(Instant now, int max) {
        return Contention.guarded(() -> endings.end(holds.lockDue(now, max), HoldState.EXPIRED, now));
    }

    @Override
    @Transactional
    public List<Claim> takenAt(ShowId show, Optional<HoldId> leftOut, Instant now) {
        String left = leftOut.map(HoldId::toString).orElse(null);
        return claims(claims.takenAt(show.value(), left, now), show, left, now);
    }

    @Override
    @Transactional
    public List<Claim> takenOf(ShowId show, Set<SeatId> seats, Optional<HoldId> leftOut, Instant now) {
        String left = leftOut.map(HoldId::toString).orElse(null);
        List<SeatClaimRow> seatClaims = seats.isEmpty() ? List.of() : claims.takenOf(show.value(),
                seats.stream().map(SeatId::toString).toArray(String[]::new), left, now);
        return claims(seatClaims, show, left, now);
    }

    private List<Claim> claims(List<SeatClaimRow> seatClaims, ShowId show, String left, Instant now) {
        List<Claim> taken = new ArrayList<>();
        seatClaims.forEach(seat -> taken.add(Claim.ofSeat(new SeatId(seat.seatId()),
                seat.sold() ? Claim.Standing.SOLD : Claim.Standing.HELD)));
        stock.takenAt(show.value(), left, now).stream().filter(area -> area.places() > 0)
                .forEach(area -> taken.add(Claim.inArea(new AreaId(area.areaId()), Math.toIntExact(area.places()),
                        Claim.Standing.HELD)));
        return taken;
    }
}
