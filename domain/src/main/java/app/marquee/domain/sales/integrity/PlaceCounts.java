package app.marquee.domain.sales.integrity;

/**
 * How a show's places stand, counted from its records: the capacity of its seating plan, the
 * places of its valid tickets ({@code sold}) and of its live holds ({@code held}), and what the
 * inventory rows say: seat claims turned into tickets, seats with two valid tickets, and per area
 * the places the stock counts as taken against the area places of valid tickets and ACTIVE holds.
 */
public record PlaceCounts(int capacity, int sold, int held, int seatClaimsOfTickets, int validSeatTickets,
                          int seatsSoldTwice, int areaTaken, int areaTicketPlaces, int areaPlacesOfActiveHolds) {
    public PlaceCounts {
        if (capacity < 0 || sold < 0 || held < 0 || seatClaimsOfTickets < 0 || validSeatTickets < 0
                || seatsSoldTwice < 0 || areaTaken < 0 || areaTicketPlaces < 0 || areaPlacesOfActiveHolds < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public int remaining() {
        return Math.max(0, capacity - sold - held);
    }
}
