package app.marquee.domain.sales.integrity;

/**
 * How a show's places stand, counted from its records: the capacity of its seating plan, the
 * places of its valid tickets ({@code sold}) and of its live holds ({@code held}), and what the
 * inventory rows say: seat claims turned into tickets, seats with two valid tickets, and over the
 * areas the places the stock counts as taken against the area places of valid tickets and ACTIVE
 * holds, with the areas where these differ ({@code areasOff}) and the areas whose valid tickets and
 * live holds exceed their capacity ({@code areasOversold}): totals alone could let one area's
 * error hide behind another's, or behind free seats.
 */
public record PlaceCounts(int capacity, int sold, int held, int seatClaimsOfTickets, int validSeatTickets,
                          int seatsSoldTwice, int areaTaken, int areaTicketPlaces, int areaPlacesOfActiveHolds,
                          int areasOff, int areasOversold) {
    public PlaceCounts {
        if (capacity < 0 || sold < 0 || held < 0 || seatClaimsOfTickets < 0 || validSeatTickets < 0
                || seatsSoldTwice < 0 || areaTaken < 0 || areaTicketPlaces < 0 || areaPlacesOfActiveHolds < 0
                || areasOff < 0 || areasOversold < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public int remaining() {
        return Math.max(0, capacity - sold - held);
    }
}
