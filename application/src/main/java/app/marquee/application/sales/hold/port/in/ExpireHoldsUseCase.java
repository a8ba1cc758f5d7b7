package app.marquee.application.sales.hold.port.in;

/**
 * Marks the next batch of holds whose time is up EXPIRED and frees their places. Buyers never wait
 * for it (an expired hold blocks no one); it keeps the store tidy and the counts exact.
 */
public interface ExpireHoldsUseCase {
    int BATCH = 500;

    /** @return how many holds were expired; fewer than {@link #BATCH} when none is left for now */
    int expireNextBatch();
}
