package app.marquee.application.sales.settlement.port.in;

import app.marquee.application.sales.settlement.Settled;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * The payment provider tells of a payment on its own (a webhook). Only an authentic call is acted
 * upon (WEBHOOK_SIGNATURE_INVALID otherwise, and nothing changes). A payment taken for a PENDING
 * attempt settles it as a late answer would (an order if its hold can still be converted, else a
 * full refund, never a ticket on top of a resold place); a failed one is recorded; anything else,
 * or an attempt no longer PENDING (a replay), is answered and ignored.
 */
public interface HandlePaymentWebhookUseCase {
    /** What the call came to: empty when it was ignored. */
    Outcome<Optional<Settled>> handle(Call call);

    /** The raw body exactly as received and the signature header (null when absent). */
    record Call(byte[] rawPayload, String signature) {
        public Call {
            Objects.requireNonNull(rawPayload, "rawPayload");
        }
    }
}
