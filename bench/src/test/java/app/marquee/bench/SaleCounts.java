package app.marquee.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients of one sale saw, kept by the clients themselves: every call with its status,
 * its problem code and its times, every purchase completed (hold sent to order answered), and the
 * attempts handed out. Read once the sale is over.
 */
final class SaleCounts {
    /** A call: "hold", "order" or "availability"; status -1 when no answer came; times from System.nanoTime. */
    record Call(String kind, int status, String code, long sentNanos, long answeredNanos) {
        double millis() {
            return (answeredNanos - sentNanos) / 1e6;
        }

        String outcome() {
            return kind + " " + (status < 0 ? "no answer" : status) + (code == null ? "" : " " + code);
        }
    }

    /** A purchase completed: from its hold's request to its order's answer, for this many places. */
    record Purchase(long startedNanos, long completedNanos, int places) {
        double millis() {
            return (completedNanos - startedNanos) / 1e6;
        }
    }

    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Purchase> purchases = new ConcurrentLinkedQueue<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicLong startedNanos = new AtomicLong();
    private volatile int attemptLimit = Integer.MAX_VALUE;
    private volatile boolean broken;

    /** How many purchase attempts the clients make between them (MAX_VALUE, the default: no limit). */
    void limit(int attempts) {
        this.attemptLimit = attempts;
    }

    /** Hands the next attempt out, true while any is left; the first one starts the sale's clock. */
    boolean claimAttempt() {
        startedNanos.compareAndSet(0, System.nanoTime());
        return !broken && attempts.incrementAndGet() <= attemptLimit;
    }

    /** True once a call went unanswered or answered 5xx: the clients stop, the run has failed. */
    boolean broken() {
        return broken;
    }

    void started() {
        startedNanos.compareAndSet(0, System.nanoTime());
    }

    void call(String kind, int status, String code, long sentNanos) {
        calls.add(new Call(kind, status, code, sentNanos, System.nanoTime()));
        if (status < 0 || status >= 500) {
            broken = true;
        }
    }

    void purchased(long startedNanos, int places) {
        purchases.add(new Purchase(startedNanos, System.nanoTime(), places));
    }

    long startedNanos() {
        return startedNanos.get();
    }

    int attemptsMade() {
        return Math.min(attempts.get(), attemptLimit);
    }

    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** In the order they completed. */
    List<Purchase> purchases() {
        List<Purchase> done = new ArrayList<>(purchases);
        done.sort(Comparator.comparingLong(Purchase::completedNanos));
        return done;
    }

    /** How many calls ended each way ("hold 409 AREA_SOLD_OUT" → 15000), sorted. */
    Map<String, Long> outcomes() {
        Map<String, Long> counted = new TreeMap<>();
        for (Call call : calls) {
            counted.merge(call.outcome(), 1L, Long::sum);
        }
        return counted;
    }

    /**
     * The calls that end the run as a failure: no answer, any 5xx, a hold neither placed (201) nor
     * refused with a clean problem (409 with a code), an order not made (201), a map not read (200).
     */
    List<String> failures() {
        return outcomes().keySet().stream().filter(outcome -> {
            String[] parts = outcome.split(" ");
            return switch (parts[0]) {
                case "hold" -> !(parts[1].equals("201") || parts[1].equals("409") && parts.length > 2);
                case "order" -> !parts[1].equals("201");
                default -> !parts[1].equals("200");
            };
        }).toList();
    }
}
