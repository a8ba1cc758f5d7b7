package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Rejection;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Turns PostgreSQL's verdict on two transactions that locked rows in opposite orders (deadlock,
 * 40P01) or could not be serialised (40001) into a retryable CONCURRENT_UPDATE: the loser's
 * transaction is rolled back by PostgreSQL already, and running the request again is safe.
 */
final class Contention {
    private static final String DEADLOCK = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";

    private Contention() {
    }

    static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && (DEADLOCK.equals(sql.getSQLState())
                        || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                    throw new HoldRaceLostException(Rejection.of(SalesRejection.CONCURRENT_UPDATE), true);
                }
            }
            throw failure;
        }
    }

    static void guarded(Runnable work) {
        guarded(() -> {
            work.run();
            return null;
        });
    }
}
