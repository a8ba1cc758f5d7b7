package app.marquee.domain.sales.inventory;

/** What a buyer may know of a seat: free, held by someone for now, or sold. Never who. */
public enum SeatState {
    AVAILABLE,
    HELD,
    SOLD
}
