package app.marquee.application.sales.order.port.in;

/**
 * Forgets the Idempotency-Keys of order requests that finished longer ago than the retention
 * ({@code MARQUEE_IDEMPOTENCY_KEY_RETENTION}, 48 hours by default, never under 24 hours): a request
 * replayed after that is a new request.
 */
public interface PurgeOrderRequestKeysUseCase {
    /** @return how many keys were forgotten */
    int purge();
}
