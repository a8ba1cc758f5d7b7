package app.marquee.domain.sales.venue;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@link SeatLayout} into its seats, naming the input at fault ({@code sections[0].rows},
 * {@code sections[0].missing[1]}...) when it refuses it: a row range that is not one or runs
 * backwards, an empty or backwards seat range, an aisle or a reference outside the layout.
 */
final class SeatLayoutReader {
    static final int MAX_SEAT_NUMBER = 999;
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,3})\\s*(?:-\\s*(\\d{1,3})\\s*)?");
    private static final Pattern REFERENCE = Pattern.compile("\\s*([A-Za-z]{1,3})(?:(\\d{1,3})(?:-(\\d{1,3}))?)?\\s*");

    private final SeatLayout layout;
    private final String at;
    private List<String> rows;
    private int first;
    private int last;

    private SeatLayoutReader(SeatLayout layout, int index) {
        this.layout = layout;
        this.at = "sections[" + index + "].";
    }

    /** How many seats the layout spans before anything is left out; empty when its ranges are not ranges. */
    static Optional<Long> span(SeatLayout layout) {
        Optional<int[]> seats = seatRange(layout.seats());
        return RowLabels.count(layout.rows()).flatMap(rows -> seats.map(range -> rows * (range[1] - range[0] + 1)));
    }

    static Outcome<List<Seat>> read(SeatLayout layout, int index) {
        return new SeatLayoutReader(layout, index).read();
    }

    private Outcome<List<Seat>> read() {
        Optional<List<String>> parsedRows = RowLabels.parse(layout.rows());
        if (parsedRows.isEmpty()) {
            return refuse(SalesRejection.ROW_RANGE_INVALID, "rows");
        }
        rows = parsedRows.get();
        Optional<int[]> range = seatRange(layout.seats());
        if (range.isEmpty()) {
            return refuse(SalesRejection.SEAT_RANGE_INVALID, "seats");
        }
        first = range.get()[0];
        last = range.get()[1];
        Map<String, Set<Integer>> aisles = new HashMap<>();
        for (int i = 0; i < layout.aislesAfter().size(); i++) {
            int after = layout.aislesAfter().get(i);
            if (after < first || after >= last) {
                return refuse(SalesRejection.SEAT_OUTSIDE_LAYOUT, "aislesAfter[" + i + "]");
            }
            for (String row : rows) {
                aisles.computeIfAbsent(row, r -> new TreeSet<>()).add(after);
            }
        }
        for (int i = 0; i < layout.rowAisles().size(); i++) {
            SeatLayout.RowAisle aisle = layout.rowAisles().get(i);
            Optional<List<String>> aisleRows = RowLabels.parse(aisle.rows());
            if (aisleRows.isEmpty()) {
                return refuse(SalesRejection.ROW_RANGE_INVALID, "rowAisles[" + i + "].rows");
            }
            if (!rows.containsAll(aisleRows.get())) {
                return refuse(SalesRejection.SEAT_OUTSIDE_LAYOUT, "rowAisles[" + i + "].rows");
            }
            if (aisle.after() < first || aisle.after() >= last) {
                return refuse(SalesRejection.SEAT_OUTSIDE_LAYOUT, "rowAisles[" + i + "].after");
            }
            aisleRows.get().forEach(row -> aisles.computeIfAbsent(row, r -> new TreeSet<>()).add(aisle.after()));
        }
        Set<String> missing = new HashSet<>();
        for (int i = 0; i < layout.missing().size(); i++) {
            Optional<Rejection> wrong = expand(layout.missing().get(i), "missing[" + i + "]", missing::add);
            if (wrong.isPresent()) {
                return Outcome.rejected(wrong.get());
            }
        }
        Map<String, SeatKind> kinds = new HashMap<>();
        for (int i = 0; i < layout.exceptions().size(); i++) {
            SeatLayout.KindException exception = layout.exceptions().get(i);
            String field = "exceptions[" + i + "].seats";
            List<String> named = new ArrayList<>();
            Optional<Rejection> wrong = expand(exception.seats(), field, named::add);
            if (wrong.isPresent()) {
                return Outcome.rejected(wrong.get());
            }
            if (named.stream().anyMatch(missing::contains)) {
                return refuse(SalesRejection.SEAT_OUTSIDE_LAYOUT, field);
            }
            named.forEach(key -> kinds.put(key, exception.kind()));
        }
        return seats(aisles, missing, kinds);
    }

    private Outcome<List<Seat>> seats(Map<String, Set<Integer>> aisles, Set<String> missing,
                                      Map<String, SeatKind> kinds) {
        List<Seat> seats = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String row = rows.get(r);
            Set<Integer> rowAisles = aisles.getOrDefault(row, Set.of());
            int gaps = 0;
            for (int number = first; number <= last; number++) {
                if (rowAisles.contains(number - 1)) {
                    gaps++;
                }
                String key = key(row, number);
                if (!missing.contains(key)) {
                    seats.add(new Seat(SeatId.newId(), layout.section(), row, r, number, number - first + 1 + gaps,
                            kinds.getOrDefault(key, SeatKind.STANDARD)));
                }
            }
        }
        if (seats.isEmpty()) {
            return refuse(SalesRejection.SEAT_RANGE_INVALID, "missing");
        }
        return Outcome.accepted(seats);
    }

    /** Hands every seat the reference names to {@code seat}, or says why the reference is refused. */
    private Optional<Rejection> expand(String reference, String field, java.util.function.Consumer<String> seat) {
        Matcher matcher = REFERENCE.matcher(reference);
        if (!matcher.matches()) {
            return Optional.of(Rejection.onField(SalesRejection.SEAT_REFERENCE_INVALID, at + field));
        }
        String row = matcher.group(1).toUpperCase(Locale.ROOT);
        int from = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
        int to = matcher.group(3) != null ? Integer.parseInt(matcher.group(3)) : matcher.group(2) == null ? last : from;
        if (to < from) {
            return Optional.of(Rejection.onField(SalesRejection.SEAT_REFERENCE_INVALID, at + field));
        }
        if (!rows.contains(row) || from < first || to > last) {
            return Optional.of(Rejection.onField(SalesRejection.SEAT_OUTSIDE_LAYOUT, at + field));
        }
        for (int number = from; number <= to; number++) {
            seat.accept(key(row, number));
        }
        return Optional.empty();
    }

    private static Optional<int[]> seatRange(String spec) {
        Matcher matcher = RANGE.matcher(spec);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        return from < 1 || to < from ? Optional.empty() : Optional.of(new int[] {from, to});
    }

    private static String key(String row, int number) {
        return row + ":" + number;
    }

    private Outcome<List<Seat>> refuse(SalesRejection reason, String field) {
        return Outcome.rejected(Rejection.onField(reason, at + field));
    }
}
