package app.marquee.adapter.persistence.sales;

import app.marquee.domain.sales.venue.SeatMap;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Seat maps already read, by venue, version and time of the venue's last change. A venue's seat map
 * is only ever written in the transaction that moves the venue's version on and dates it, so the map
 * read at a version stays that version's map: a hold reads the venue's row (one statement) instead
 * of its sections, seats and areas (thousands of rows for a hall). The time is part of the key so
 * that a map read inside a redraw that then rolled back is never taken for another redraw's at the
 * same version. A map is immutable, so one instance serves every reader. At most {@value #VENUES}
 * venues are kept, the least recently read leaving first.
 */
final class DrawnSeatMaps {
    static final int VENUES = 256;

    private record Drawn(long version, Instant changedAt, SeatMap map) {
    }

    private final Map<UUID, Drawn> byVenue = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Drawn> eldest) {
            return size() > VENUES;
        }
    };

    /** The map kept for this venue at this version and change, or {@code read}'s, kept from now on. */
    SeatMap at(UUID venue, long version, Instant changedAt, Supplier<SeatMap> read) {
        synchronized (byVenue) {
            Drawn known = byVenue.get(venue);
            if (known != null && known.version() == version && known.changedAt().equals(changedAt)) {
                return known.map();
            }
        }
        SeatMap map = read.get();
        synchronized (byVenue) {
            Drawn known = byVenue.get(venue);
            if (known == null || known.version() <= version) {
                byVenue.put(venue, new Drawn(version, changedAt, map));
            }
        }
        return map;
    }
}
