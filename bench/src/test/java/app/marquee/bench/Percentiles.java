package app.marquee.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Nearest-rank percentiles of some durations in milliseconds, as one line of a report. */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles of(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d, p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms", count, p50, p95, p99, max);
    }
}
