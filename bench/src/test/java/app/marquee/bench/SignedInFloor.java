package app.marquee.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The floor under any purchase on this machine: the same clients, between the warm-up and the sale,
 * send the cheapest signed-in request there is, {@code GET /api/v1/me}
 * (the token checked, the caller's account and session read, the account answered). What one such
 * request costs Marquee, PostgreSQL and Gatling in processor time is a lower bound for each of a
 * purchase's two requests, which also write; with pgbench's cost of a bare durable commit
 * ({@link SingleRowLimit}) it bounds how many purchases two cores can complete per second at best.
 * Each client sends it for {@value #WARM_UP_SECONDS} s unmeasured (the route compiled, the warm-up's
 * messages sent), then for {@value #SECONDS} s measured: processor time from the first client's
 * start of that stretch to the last one's end, every answer counted.
 */
final class SignedInFloor {
    static final int WARM_UP_SECONDS = 5;
    static final int SECONDS = 15;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile ProcessCpu atStart;
    private volatile ProcessCpu spent;

    /** What one client does: {@code GET /api/v1/me} with its token, unmeasured, then measured, until the time is up. */
    ChainBuilder client(Supplier<ProcessCpu> cpu) {
        return exec(during(Duration.ofSeconds(WARM_UP_SECONDS), false).on(exec(me("floor warm-up"))))
                .exec(session -> {
                    begin(cpu);
                    return session.remove("status");
                })
                .exec(during(Duration.ofSeconds(SECONDS), false).on(exec(me("floor me")).exec(session -> {
                    (session.contains("status") && session.getInt("status") == 200 ? answered : failed)
                            .incrementAndGet();
                    return session.remove("status");
                })))
                .exec(session -> {
                    end(cpu);
                    return session;
                });
    }

    private static HttpRequestActionBuilder me(String name) {
        return http(name).get("/api/v1/me").header("Authorization", "Bearer #{token}")
                .check(status().saveAs("status"));
    }

    private synchronized void begin(Supplier<ProcessCpu> cpu) {
        if (running.getAndIncrement() == 0 && atStart == null) {
            atStart = cpu.get();
        }
    }

    private synchronized void end(Supplier<ProcessCpu> cpu) {
        if (running.decrementAndGet() == 0) {
            spent = cpu.get().since(atStart);
        }
    }

    /**
     * The floor's lines, and the bound it sets with the single-row figures (when PostgreSQL's
     * processor time could be read); fails the run if a request failed.
     */
    void report(SaleReport report, SingleRowLimit.Result limit) {
        if (failed.get() > 0) {
            report.fail("%,d signed-in floor requests were not answered 200", failed.get());
        }
        if (spent == null || answered.get() == 0) {
            report.fail("the signed-in floor was not measured");
            return;
        }
        double requests = answered.get();
        double marquee = 1000 * spent.marqueeSeconds() / requests;
        double postgres = 1000 * spent.postgresSeconds() / requests;
        double gatling = 1000 * spent.gatlingSeconds() / requests;
        report.line("signed-in floor (after the warm-up, before the sale): GET /api/v1/me from %d clients for %.1f s: "
                        + "%,.0f requests/s; processor per request: Marquee %.2f ms, PostgreSQL %.2f ms, Gatling %.2f ms",
                report.clients(), spent.wallSeconds(), requests / spent.wallSeconds(), marquee, postgres, gatling);
        double commit = limit.postgresMillisPerTransaction();
        if (commit == 0) {
            report.line("(PostgreSQL is not the benchmark's own: its processor time, and so the floor's bound, unknown)");
            return;
        }
        double leastPerPurchase = 2 * (marquee + postgres + gatling) + 2 * commit;
        report.figure("floorRequestsPerSecond", requests / spent.wallSeconds());
        report.figure("leastProcessorMillisPerPurchase", leastPerPurchase);
        report.line("so a purchase (two signed-in requests, each at least the floor's, and at least two durable "
                        + "commits, the hold's and the order's, at PostgreSQL's %.2f ms each) needs at least %.2f ms of "
                        + "processor: 2 cores complete at most %.0f purchases/s here", commit, leastPerPurchase,
                2000 / leastPerPurchase);
    }
}
