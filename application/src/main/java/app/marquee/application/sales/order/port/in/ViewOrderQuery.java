package app.marquee.application.sales.order.port.in;

import app.marquee.application.sales.order.OrderView;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** One order, for its buyer or an ADMIN; anyone else is told ORDER_NOT_FOUND, as for a missing one. */
public interface ViewOrderQuery {
    Outcome<OrderView> view(OrderId id, Reader reader);

    record Reader(AccountId account, boolean admin) {
        public Reader {
            Objects.requireNonNull(account, "account");
        }
    }
}
