package app.marquee.application.sales.order.port.in;

import app.marquee.application.sales.order.OrderView;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/**
 * A buyer pays for their hold with a card and gets a PAID order with its tickets, at most once per
 * Idempotency-Key: the same request again answers the same order (or the same refusal) without
 * charging again; IDEMPOTENCY_KEY_REUSED for another request under the key; IDEMPOTENCY_KEY_IN_USE
 * while it runs. Refusals: HOLD_NOT_FOUND (also another's), HOLD_EXPIRED, HOLD_NOT_ACTIVE,
 * SHOW_CANCELLED, SHOW_PAST, PAYMENT_IN_PROGRESS, PAYMENT_DECLINED (naming the decline reason; the
 * hold stays), PAYMENT_FAILED, PAYMENT_PROVIDER_UNAVAILABLE (retry with the same key). A payment
 * captured for a hold that lapsed meanwhile is refunded in full and answered HOLD_EXPIRED.
 */
public interface PlaceOrderUseCase {
    Outcome<OrderView> place(Command command);

    /** {@code buyerEmailVerified} as the caller check found it: EMAIL_NOT_VERIFIED first when the rule asks for it. */
    record Command(AccountId buyer, IdempotencyKey key, HoldId hold, Card card, boolean buyerEmailVerified) {
        /** A buyer whose e-mail is verified. */
        public Command(AccountId buyer, IdempotencyKey key, HoldId hold, Card card) {
            this(buyer, key, hold, card, true);
        }

        public Command {
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(hold, "hold");
            Objects.requireNonNull(card, "card");
        }
    }
}
