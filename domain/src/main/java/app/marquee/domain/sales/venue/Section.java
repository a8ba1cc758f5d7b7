package app.marquee.domain.sales.venue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named block of numbered seats ("Orchestra", "Balcony"), its rows front to back. */
public record Section(String name, List<Row> rows) {
    public Section {
        rows = rows.stream().sorted(Comparator.comparingInt(Row::index)).toList();
    }

    static Section of(String name, List<Seat> seats) {
        Map<Integer, List<Seat>> byRow = new LinkedHashMap<>();
        seats.forEach(seat -> byRow.computeIfAbsent(seat.rowIndex(), index -> new ArrayList<>()).add(seat));
        return new Section(name, byRow.values().stream()
                .map(row -> new Row(row.get(0).row(), row.get(0).rowIndex(), row)).toList());
    }

    public List<Seat> seats() {
        return rows.stream().flatMap(row -> row.seats().stream()).toList();
    }
}
