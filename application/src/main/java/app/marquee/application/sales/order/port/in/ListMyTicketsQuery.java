package app.marquee.application.sales.order.port.in;

import app.marquee.application.sales.order.MyTicketView;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller's tickets, valid and void, latest show first, each with its show's start, venue and
 * title and its signed code; INVALID_CURSOR for a cursor this query did not issue.
 */
public interface ListMyTicketsQuery {
    Outcome<TicketPage> list(Listing listing);

    record Listing(AccountId holder, Optional<String> after, int limit) {
        public Listing {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    record TicketPage(List<MyTicketView> items, Optional<String> nextAfter) {
        public TicketPage {
            items = List.copyOf(items);
            Objects.requireNonNull(nextAfter, "nextAfter");
        }
    }
}
