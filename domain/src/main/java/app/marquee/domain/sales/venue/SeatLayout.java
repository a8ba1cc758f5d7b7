package app.marquee.domain.sales.venue;

import java.util.List;
import java.util.Objects;

/**
 * The compact, bulk form of one section of seats, as an operator types it:
 * <pre>
 *   section "Orchestra", rows "A-M", seats "1-20",
 *   aislesAfter [10]                       an aisle after seat 10 in every row
 *   rowAisles [{rows "A-C", after 4}]      an aisle after seat 4 in rows A to C only
 *   exceptions [{"A1-2", WHEELCHAIR}, {"A3", COMPANION}, {"M5-16", PREMIUM}]   (later ones win)
 *   missing ["L19-20"]                     seats that do not exist
 * </pre>
 * Rows are letters front to back ("A-M", or "A-H,J-N" to skip I; up to three letters, "AA" after
 * "Z"); seats are numbered left to right ("1-20", up to 999). A seat reference is a row followed by
 * a seat or a range of seats ("A1-2", "L19"), or a row alone for the whole row. The layout is read
 * by {@link SeatMap#draw}, which names what it refuses.
 */
public record SeatLayout(String section, String rows, String seats, List<Integer> aislesAfter,
                         List<RowAisle> rowAisles, List<KindException> exceptions, List<String> missing) {
    public static final int MAX_SECTION_NAME_LENGTH = 60;

    public SeatLayout {
        section = Address.text(section, 1, MAX_SECTION_NAME_LENGTH, "section");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(seats, "seats");
        aislesAfter = List.copyOf(aislesAfter);
        rowAisles = List.copyOf(rowAisles);
        exceptions = List.copyOf(exceptions);
        missing = List.copyOf(missing);
    }

    /** Rows and seats only: every seat STANDARD, no aisle, nothing missing. */
    public static SeatLayout plain(String section, String rows, String seats) {
        return new SeatLayout(section, rows, seats, List.of(), List.of(), List.of(), List.of());
    }

    /** An aisle after seat {@code after} in the rows named. */
    public record RowAisle(String rows, int after) {
        public RowAisle {
            Objects.requireNonNull(rows, "rows");
        }
    }

    /** The seats named ("A1-2") are of this kind rather than STANDARD. */
    public record KindException(String seats, SeatKind kind) {
        public KindException {
            Objects.requireNonNull(seats, "seats");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
