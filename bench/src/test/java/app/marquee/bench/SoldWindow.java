package app.marquee.bench;

import java.util.List;

/**
 * A stretch of a sale between two fill levels (from 5 % to 15 % of the places sold, say), as the
 * clients saw it: how fast purchases completed in it, and what the holds, orders and availability
 * reads answered within it cost.
 */
record SoldWindow(double around, long fromNanos, long toNanos, List<SaleCounts.Purchase> purchases,
                  List<SaleCounts.Call> calls) {

    /** The window from {@code around - half} to {@code around + half} of {@code capacity} sold. */
    static SoldWindow around(double around, double half, int capacity, List<SaleCounts.Purchase> purchases,
                             List<SaleCounts.Call> calls) {
        long from = crossing(purchases, (around - half) * capacity);
        long to = crossing(purchases, (around + half) * capacity);
        return new SoldWindow(around, from, to,
                purchases.stream().filter(p -> p.completedNanos() > from && p.completedNanos() <= to).toList(),
                calls.stream().filter(c -> c.answeredNanos() > from && c.answeredNanos() <= to).toList());
    }

    /** When the places sold first reached {@code places}; purchases are in the order they completed. */
    private static long crossing(List<SaleCounts.Purchase> purchases, double places) {
        int sold = 0;
        for (SaleCounts.Purchase purchase : purchases) {
            sold += purchase.places();
            if (sold >= places) {
                return purchase.completedNanos();
            }
        }
        return purchases.isEmpty() ? 0 : purchases.get(purchases.size() - 1).completedNanos();
    }

    double purchasesPerSecond() {
        double seconds = (toNanos - fromNanos) / 1e9;
        return seconds <= 0 ? 0 : purchases.size() / seconds;
    }

    /** Adds its line to the report; its purchases per second. */
    double report(SaleReport report) {
        report.line("around %2.0f %% sold: %.0f purchases/s (%d in %.2f s); holds placed %s; holds refused %d; "
                        + "orders %s; availability reads %s", around * 100, purchasesPerSecond(), purchases.size(),
                (toNanos - fromNanos) / 1e9, Percentiles.of(millis("hold", 201)),
                calls.stream().filter(c -> c.kind().equals("hold") && c.status() == 409).count(),
                Percentiles.of(millis("order", 201)), Percentiles.of(millis("availability", 200)));
        return purchasesPerSecond();
    }

    private List<Double> millis(String kind, int status) {
        return calls.stream().filter(c -> c.kind().equals(kind) && c.status() == status)
                .map(SaleCounts.Call::millis).toList();
    }
}
