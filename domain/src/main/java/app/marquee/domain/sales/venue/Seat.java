package app.marquee.domain.sales.venue;

import java.util.Objects;

/**
 * One numbered seat. {@code rowIndex} orders rows from the front (0); {@code position} is the
 * seat's place along its row, counting aisles and seats that do not exist, so two seats are side
 * by side exactly when their positions differ by one. Its label ("Orchestra A-12") is unique in
 * its seat map.
 */
public record Seat(SeatId id, String section, String row, int rowIndex, int number, int position, SeatKind kind) {

    public Seat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(kind, "kind");
        if (rowIndex < 0 || number < 1 || position < 1) {
            throw new IllegalArgumentException("a seat has a row index from 0, a number and a position from 1");
        }
    }

    public static String label(String section, String row, int number) {
        return section + " " + row + "-" + number;
    }

    public String label() {
        return label(section, row, number);
    }

    public boolean isNextTo(Seat other) {
        return section.equals(other.section) && rowIndex == other.rowIndex
                && Math.abs(position - other.position) == 1;
    }

    /** The same place under another id: a redrawn map keeps the ids of seats whose label is unchanged. */
    Seat withId(SeatId kept) {
        return new Seat(kept, section, row, rowIndex, number, position, kind);
    }
}
