package app.marquee.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Two transactions that overlap, as two application instances would: the first does its work
 * and stays open; the second starts, and only once it waits on the first's locks (or has
 * finished without waiting) does the first commit. The outcome of each is then returned.
 */
public final class Race {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private Race() {
    }

    public record Result<A, B>(A first, B second, boolean secondWaited) {
    }

    public static <A, B> Result<A, B> between(TransactionOperations<Connection> transactions,
                                              Supplier<A> first, Supplier<B> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        try {
            Future<A> one = threads.submit(() -> transactions.executeWrite(status -> {
                A result = first.get();
                firstDone.countDown();
                mayCommit.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                return result;
            }));
            if (!firstDone.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                return new Result<>(one.get(), null, false);
            }
            Future<B> two = threads.submit(() -> transactions.executeWrite(status -> second.get()));
            boolean waited = waitUntilBlockedOrDone(two);
            mayCommit.countDown();
            return new Result<>(one.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS),
                    two.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), waited);
        } finally {
            mayCommit.countDown();
            threads.shutdownNow();
        }
    }

    private static boolean waitUntilBlockedOrDone(Future<?> second) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (Connection watcher = TestDatabase.openConnection(); Statement query = watcher.createStatement()) {
            while (!second.isDone() && System.nanoTime() < deadline) {
                try (ResultSet waiting = query.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(10);
            }
        }
        return false;
    }
}
