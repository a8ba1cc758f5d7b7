package app.marquee.application.sales.settlement.port.in;

/**
 * Settles payment attempts left PENDING for longer than {@code MARQUEE_PAYMENT_SETTLE_AFTER} (an
 * instance stopped between the charge and the order, or the provider was down): each is asked of
 * the provider again under its own key, which never charges twice. Captured: the order is made if
 * its hold can still be converted, else the money is refunded in full (LATE_PAYMENT); declined or
 * failed: recorded.
 */
public interface SettlePaymentsUseCase {
    int BATCH = 50;

    /** @return how many attempts were looked at; fewer than {@link #BATCH} when none is left for now */
    int settleNextBatch();
}
