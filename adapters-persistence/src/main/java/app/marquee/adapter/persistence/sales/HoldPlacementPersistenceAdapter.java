package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.application.sales.hold.port.out.PlaceHoldPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Places a hold in PostgreSQL, all or nothing, in the one lock order: the replaced hold's row and
 * the new hold, then each area's stock row (one conditional UPDATE with the net change:
 * {@code taken + n <= capacity}), then the seats ({@code INSERT ... ON CONFLICT DO UPDATE} taking
 * over only a claim whose hold has lapsed or was the replaced one). Whatever another buyer took
 * first is thrown as a {@link HoldRaceLostException} naming it, so the transaction rolls back whole.
 */
@Singleton
public class HoldPlacementPersistenceAdapter implements PlaceHoldPort {
    private final HoldRepository holds;
    private final AreaStockRepository stock;
    private final SeatClaimRepository claims;

    HoldPlacementPersistenceAdapter(HoldRepository holds, AreaStockRepository stock, SeatClaimRepository claims) {
        this.holds = holds;
        this.stock = stock;
        this.claims = claims;
    }

    @Override
    @Transactional
    public Optional<Hold> activeHoldOf(ShowId show, AccountId buyer) {
        return Contention.guarded(() -> holds.activeOfBuyerLocked(show.value(), buyer.value())
                .map(row -> HoldMapper.toDomain(row, holds.itemsOf(new String[] {row.id().toString()}))));
    }

    @Override
    @Transactional
    public void save(PlacedHold placed, Instant now) {
        Contention.guarded(() -> {
            Hold hold = placed.hold();
            placed.replaced().ifPresent(replaced -> {
                if (holds.end(new String[] {replaced.id().toString()}, replaced.state().name(), now) == 0) {
                    throw lost(Rejection.of(SalesRejection.CONCURRENT_UPDATE));
                }
            });
            insert(hold);
            takeAreaPlaces(hold, placed.replaced());
            claimSeats(hold, placed.replaced(), now);
        });
    }

    private void insert(Hold hold) {
        HoldRow row = HoldMapper.toRow(hold, null);
        if (holds.insertActive(row.id(), row.showId(), row.buyerId(), row.kind(), row.currency(),
                row.promoCodeId() == null ? null : row.promoCodeId().toString(), row.promoCode(), row.discountMinor(),
                row.createdAt(), row.expiresAt()) == 0) {
            throw lost(Rejection.of(SalesRejection.CONCURRENT_UPDATE));
        }
        holds.insertItems(row.id(), HoldMapper.column(hold, item -> item.seat().orElse(null)),
                HoldMapper.column(hold, item -> item.area().orElse(null)), HoldMapper.column(hold, HoldItem::tier),
                HoldMapper.column(hold, HoldItem::quantity), HoldMapper.column(hold, item -> item.unitPrice().minor()));
    }

    /** One UPDATE per area, in area order: the new hold's places less those the replaced hold gives back. */
    private void takeAreaPlaces(Hold hold, Optional<Hold> replaced) {
        Map<UUID, Long> change = new TreeMap<>(HoldEndings.DATABASE_ORDER);
        hold.items().forEach(item -> item.area().ifPresent(area -> change.merge(area.value(),
                (long) item.quantity(), Long::sum)));
        replaced.ifPresent(old -> old.items().forEach(item -> item.area().ifPresent(area -> change.merge(area.value(),
                -(long) item.quantity(), Long::sum))));
        change.forEach((area, delta) -> {
            if (delta != 0 && stock.change(hold.show().value(), area, delta) == 0 && delta > 0) {
                throw lost(Rejection.about(SalesRejection.AREA_SOLD_OUT, List.of(new AreaId(area).toString())));
            }
        });
    }

    private void claimSeats(Hold hold, Optional<Hold> replaced, Instant now) {
        String[] seats = hold.items().stream().flatMap(item -> item.seat().stream()).map(SeatId::value)
                .sorted(HoldEndings.DATABASE_ORDER).map(UUID::toString).toArray(String[]::new);
        String old = replaced.map(r -> r.id().toString()).orElse(null);
        UUID show = hold.show().value();
        if (seats.length > 0 || old != null) {
            claims.lock(show, seats, old);
        }
        if (seats.length > 0 && claims.claim(show, hold.id().value(), seats, hold.expiresAt(), old, now) < seats.length) {
            List<String> taken = claims.claimedByOthers(show, seats, hold.id().value()).stream().map(UUID::toString)
                    .toList();
            throw lost(Rejection.about(SalesRejection.SEATS_UNAVAILABLE, taken));
        }
        if (old != null) {
            claims.freeSeatsOf(new String[] {old});
        }
    }

    private static HoldRaceLostException lost(Rejection rejection) {
        return new HoldRaceLostException(rejection, false);
    }
}
