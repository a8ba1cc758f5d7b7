package app.marquee.bench;

import io.gatling.javaapi.core.ChainBuilder;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;

/**
 * Issue 4's flash sale: one general-admission area of 5,000 places, one tier, and 20,000 purchase
 * attempts of one place (hold, then order) shared by the clients, each starting its next attempt
 * when the last one is answered. The first 5,000 buy; every other attempt must be refused with
 * 409 {@code AREA_SOLD_OUT}. Reported: completed purchases per second (from the first attempt
 * to the 5,000th purchase) and the purchase's percentiles, as the clients timed them.
 */
final class FlashSale implements SaleScenario {
    static final int PLACES = 5_000;
    static final int ATTEMPTS = 20_000;
    private static final int WARM_UP_PLACES = 500;

    @Override
    public String name() {
        return "flash-sale";
    }

    @Override
    public SaleShow open(BoxOffice office, boolean warmUp) throws Exception {
        return warmUp ? office.standing("Bench warm-up", WARM_UP_PLACES) : office.standing("Flash sale", PLACES);
    }

    @Override
    public int attempts(SaleShow show) {
        return show.capacity() * (ATTEMPTS / PLACES);
    }

    @Override
    public boolean comparesWithSingleRow() {
        return true;
    }

    @Override
    public ChainBuilder client(SaleRun run) {
        return asLongAs(session -> run.counts().claimAttempt()).on(
                exec(session -> session.set("places", 1).set("holdBody",
                                "{\"items\": [{\"areaId\": \"" + run.show().areaId() + "\", \"tierId\": \""
                                        + run.show().tierId() + "\", \"quantity\": 1}]}"))
                        .exec(SaleRequests.purchase(run)));
    }

    @Override
    public void report(SaleRun run, SaleReport report) {
        SaleCounts counts = run.counts();
        List<SaleCounts.Purchase> purchases = counts.purchases();
        long start = counts.startedNanos();
        long lastAnswer = counts.calls().stream().mapToLong(SaleCounts.Call::answeredNanos).max().orElse(start);
        double sellingSeconds = purchases.isEmpty() ? 0
                : (purchases.get(purchases.size() - 1).completedNanos() - start) / 1e9;
        double purchasesPerSecond = sellingSeconds == 0 ? 0 : purchases.size() / sellingSeconds;
        report.figure("purchasesPerSecond", purchasesPerSecond);
        report.line("attempts: %,d in %.1f s (%.0f/s), from %d clients", counts.attemptsMade(),
                (lastAnswer - start) / 1e9, counts.attemptsMade() / ((lastAnswer - start) / 1e9), report.clients());
        report.line("completed purchases: %,d, the last %.1f s after the first attempt: %.0f purchases/s",
                purchases.size(), sellingSeconds, purchasesPerSecond);
        report.line("purchase (hold + order, client side, completed ones): %s",
                Percentiles.of(purchases.stream().map(SaleCounts.Purchase::millis).toList()));
        report.line("refused attempt (the hold's 409, client side): %s", Percentiles.of(counts.calls().stream()
                .filter(c -> c.kind().equals("hold") && c.status() == 409).map(SaleCounts.Call::millis).toList()));
        if (purchases.size() != PLACES && run.show().capacity() == PLACES) {
            report.fail("%,d purchases completed, not %,d", purchases.size(), PLACES);
        }
    }
}
