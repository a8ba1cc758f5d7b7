package app.marquee.application.sales.hold;

import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowStatus;
import app.marquee.domain.sales.venue.SeatMap;

import java.util.Objects;

/** A show's inventory now, with its seat map to name the places and its status (SOLD_OUT when nothing is left). */
public record Availability(Show show, SeatMap seatMap, Inventory inventory, ShowStatus status) {
    public Availability {
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(seatMap, "seatMap");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(status, "status");
    }
}
