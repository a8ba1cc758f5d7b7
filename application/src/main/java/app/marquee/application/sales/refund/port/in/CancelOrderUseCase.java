package app.marquee.application.sales.refund.port.in;

import app.marquee.application.sales.refund.CancelledOrder;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/**
 * A buyer cancels their order: the refund policy quotes the refund by the notice given before the
 * show, the tickets go void and their places are on sale again at once, and the refund is asked of
 * the payment provider (left PENDING for the refund dispatcher if the provider is down). Refusals:
 * ORDER_NOT_FOUND (also another buyer's order), ORDER_ALREADY_CANCELLED (also the loser of two
 * cancellations racing), NOT_REFUNDABLE (too late: nothing changes, the tickets stay valid).
 */
public interface CancelOrderUseCase {
    Outcome<CancelledOrder> cancel(Command command);

    record Command(OrderId order, AccountId buyer) {
        public Command {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(buyer, "buyer");
        }
    }
}
