package app.marquee.domain.sales.seating;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Row;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatMap;
import app.marquee.domain.sales.venue.Section;
import app.marquee.domain.shared.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Picks the best seats together: {@code quantity} free seats of the kinds asked for, side by side
 * in one row (never across an aisle or a missing seat), as close as can be to the centre of the
 * section (its middle row and middle position). Distance is Euclidean in rows and seat widths;
 * ties go to the row nearer the stage, then to the leftmost block, so the same question always
 * gets the same answer. A seat of a kind not asked for (WHEELCHAIR, COMPANION above all) is never
 * handed out. The preferred section is searched first, then the others in map order; nothing
 * fitting anywhere is {@code NOT_ENOUGH_ADJACENT_SEATS}. One pass over each row with a sliding
 * window: linear in the seats of a section.
 */
public final class BestAvailable {
    private BestAvailable() {
    }

    public static Outcome<List<Seat>> choose(SeatMap map, Set<SeatId> taken, SeatRequest request) {
        List<Section> order = new ArrayList<>();
        request.preferredSection().flatMap(map::section).ifPresent(order::add);
        map.sections().stream().filter(section -> !order.contains(section)).forEach(order::add);
        for (Section section : order) {
            List<Seat> best = bestIn(section, taken, request);
            if (!best.isEmpty()) {
                return Outcome.accepted(best);
            }
        }
        return Outcome.rejected(SalesRejection.NOT_ENOUGH_ADJACENT_SEATS);
    }

    private static List<Seat> bestIn(Section section, Set<SeatId> taken, SeatRequest request) {
        List<Seat> all = section.seats();
        if (all.isEmpty()) {
            return List.of();
        }
        double centreRow = (section.rows().get(0).index() + section.rows().get(section.rows().size() - 1).index()) / 2.0;
        int minPosition = all.stream().mapToInt(Seat::position).min().orElseThrow();
        int maxPosition = all.stream().mapToInt(Seat::position).max().orElseThrow();
        double centrePosition = (minPosition + maxPosition) / 2.0;
        int n = request.quantity();
        List<Seat> best = List.of();
        double bestScore = Double.MAX_VALUE;
        for (Row row : section.rows()) {
            List<Seat> seats = row.seats();
            double rowDistance = row.index() - centreRow;
            int runStart = 0;
            for (int i = 0; i < seats.size(); i++) {
                Seat seat = seats.get(i);
                boolean usable = !taken.contains(seat.id()) && request.kinds().contains(seat.kind());
                if (!usable) {
                    runStart = i + 1;
                    continue;
                }
                if (i > runStart && seats.get(i - 1).position() + 1 != seat.position()) {
                    runStart = i;
                }
                if (i - runStart + 1 >= n) {
                    Seat firstOfBlock = seats.get(i - n + 1);
                    double middle = (firstOfBlock.position() + seat.position()) / 2.0 - centrePosition;
                    double score = rowDistance * rowDistance + middle * middle;
                    if (score < bestScore) {
                        bestScore = score;
                        best = seats.subList(i - n + 1, i + 1);
                    }
                }
            }
        }
        return List.copyOf(best);
    }
}
