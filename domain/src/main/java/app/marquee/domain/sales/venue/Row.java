package app.marquee.domain.sales.venue;

import java.util.Comparator;
import java.util.List;

/** One row of a section, its seats in position order (left to right). */
public record Row(String label, int index, List<Seat> seats) {
    public Row {
        seats = seats.stream().sorted(Comparator.comparingInt(Seat::position)).toList();
    }
}
