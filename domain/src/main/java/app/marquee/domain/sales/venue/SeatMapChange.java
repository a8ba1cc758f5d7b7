package app.marquee.domain.sales.venue;

import java.util.List;
import java.util.Objects;

/** A venue with its redrawn seat map, and the seats and areas the old map had that the new one has not. */
public record SeatMapChange(Venue venue, List<Seat> removedSeats, List<Area> removedAreas) {
    public SeatMapChange {
        Objects.requireNonNull(venue, "venue");
        removedSeats = List.copyOf(removedSeats);
        removedAreas = List.copyOf(removedAreas);
    }
}
