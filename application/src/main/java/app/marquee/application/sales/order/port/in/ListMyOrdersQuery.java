package app.marquee.application.sales.order.port.in;

import app.marquee.application.sales.order.OrderView;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The caller's orders, newest first, page by page; INVALID_CURSOR for a cursor this query did not issue. */
public interface ListMyOrdersQuery {
    Outcome<OrderPage> list(Listing listing);

    record Listing(AccountId buyer, Optional<String> after, int limit) {
        public Listing {
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    record OrderPage(List<OrderView> items, Optional<String> nextAfter) {
        public OrderPage {
            items = List.copyOf(items);
            Objects.requireNonNull(nextAfter, "nextAfter");
        }
    }
}
