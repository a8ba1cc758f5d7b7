package app.marquee.application.sales.hold;

import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.SeatMap;

import java.util.Objects;

/** A hold with what names its places: the show's tiers and the venue's seat map (seat labels, area names). */
public record HoldView(Hold hold, Show show, SeatMap seatMap) {
    public HoldView {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(seatMap, "seatMap");
    }
}
