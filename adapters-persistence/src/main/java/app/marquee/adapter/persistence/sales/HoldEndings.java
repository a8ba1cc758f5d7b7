package app.marquee.adapter.persistence.sales;

import app.marquee.domain.sales.hold.HoldState;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Ends holds whose rows the caller has locked, and gives back what they kept: area places (stock
 * rows in show and area order) then seats (claims in seat order), the one lock order of the store.
 */
@Singleton
class HoldEndings {
    /** PostgreSQL orders uuids by their bytes, unsigned: as their lower-case text, not as Java's UUID. */
    static final Comparator<UUID> DATABASE_ORDER = Comparator.comparing(UUID::toString);

    private final HoldRepository holds;
    private final AreaStockRepository stock;
    private final SeatClaimRepository claims;

    HoldEndings(HoldRepository holds, AreaStockRepository stock, SeatClaimRepository claims) {
        this.holds = holds;
        this.stock = stock;
        this.claims = claims;
    }

    /** Ends the ACTIVE holds among {@code lockedIds} and gives back their places; how many ended. */
    int end(List<UUID> lockedIds, HoldState state, Instant now) {
        if (lockedIds.isEmpty()) {
            return 0;
        }
        String[] ids = ids(lockedIds);
        int ended = holds.end(ids, state.name(), now);
        giveBack(ids);
        return ended;
    }

    /** Gives back the area places and seats of holds just ended. */
    void giveBack(String[] holdIds) {
        holds.areaPlacesOf(holdIds).forEach(kept -> stock.change(kept.showId(), kept.areaId(), -kept.places()));
        claims.freeSeatsOf(holdIds);
    }

    static String[] ids(List<UUID> ids) {
        return ids.stream().sorted(DATABASE_ORDER).map(UUID::toString).toArray(String[]::new);
    }
}
