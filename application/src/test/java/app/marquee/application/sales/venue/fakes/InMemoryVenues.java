package app.marquee.application.sales.venue.fakes;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.venue.port.out.SaveVenuePort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Venues as a table with a version column: a write at a stale version is CONCURRENT_UPDATE. */
public final class InMemoryVenues implements LoadVenuePort, SaveVenuePort {
    private final Map<VenueId, Venue> rows = new LinkedHashMap<>();

    @Override
    public Optional<Venue> byId(VenueId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryVenues::copy);
    }

    @Override
    public List<VenueSummary> list(Optional<VenueCursor> after, int max) {
        Comparator<Venue> order = Comparator.comparing((Venue venue) -> key(venue)).thenComparing(venue -> venue.id().value());
        return rows.values().stream().sorted(order)
                .filter(venue -> after.map(cursor -> key(venue).compareTo(cursor.nameKey()) > 0
                        || key(venue).equals(cursor.nameKey()) && venue.id().value().compareTo(cursor.id().value()) > 0)
                        .orElse(true))
                .limit(max)
                .map(venue -> new VenueSummary(venue.id(), venue.details(), venue.seatMap().seats().size(),
                        venue.seatMap().areas().size(), venue.seatMap().capacity(), venue.updatedAt(), venue.version()))
                .toList();
    }

    @Override
    public Venue add(Venue venue) {
        rows.put(venue.id(), copy(venue));
        return venue;
    }

    @Override
    public Outcome<Venue> update(Venue venue) {
        return write(venue);
    }

    @Override
    public Outcome<Venue> updateSeatMap(Venue venue) {
        return write(venue);
    }

    @Override
    public Outcome<VenueId> delete(VenueId id) {
        return rows.remove(id) == null ? Outcome.rejected(SalesRejection.VENUE_NOT_FOUND) : Outcome.accepted(id);
    }

    /** Another instance changed the venue meanwhile. */
    public void touch(VenueId id) {
        Venue stored = rows.get(id);
        rows.put(id, Venue.rehydrate(id, stored.details(), stored.seatMap(), stored.createdAt(), stored.updatedAt(),
                stored.version() + 1));
    }

    private Outcome<Venue> write(Venue venue) {
        Venue stored = rows.get(venue.id());
        if (stored == null || stored.version() != venue.version()) {
            return Outcome.rejected(SalesRejection.CONCURRENT_UPDATE);
        }
        Venue next = Venue.rehydrate(venue.id(), venue.details(), venue.seatMap(), venue.createdAt(),
                venue.updatedAt(), venue.version() + 1);
        rows.put(venue.id(), next);
        return Outcome.accepted(copy(next));
    }

    private static String key(Venue venue) {
        return venue.details().name().toLowerCase(Locale.ROOT);
    }

    private static Venue copy(Venue venue) {
        List<String> sections = venue.seatMap().sections().stream().map(section -> section.name()).toList();
        List<Seat> seats = venue.seatMap().seats();
        List<Area> areas = venue.seatMap().areas();
        return Venue.rehydrate(venue.id(), venue.details(),
                app.marquee.domain.sales.venue.SeatMap.rehydrate(sections, seats, areas), venue.createdAt(),
                venue.updatedAt(), venue.version());
    }
}
