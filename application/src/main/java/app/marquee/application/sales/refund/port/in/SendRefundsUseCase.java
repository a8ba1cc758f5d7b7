package app.marquee.application.sales.refund.port.in;

/**
 * Asks the provider for the next batch of PENDING refunds that are due (new ones, and those whose
 * last try failed and whose backoff is over), each under its own key. Safe on several instances at
 * once: each claims a batch the others skip.
 */
public interface SendRefundsUseCase {
    int BATCH = 50;

    /** @return how many refunds were asked of the provider; fewer than {@link #BATCH} when none is left for now */
    int sendNextBatch();
}
