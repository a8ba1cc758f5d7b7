package app.marquee.application.sales.order;

import app.marquee.domain.sales.order.OrderId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OrderCursorsTest {
    private static final Instant PLACED = Instant.parse("2026-11-21T14:02:11.123456Z");

    @Test
    void aCursorReadsBackWhatItWrote() {
        OrderCursor orders = new OrderCursor(PLACED, new OrderId(UUID.randomUUID()));
        TicketCursor tickets = new TicketCursor(PLACED, 907);

        assertThat(OrderCursor.read(orders.write())).contains(orders);
        assertThat(TicketCursor.read(tickets.write())).contains(tickets);
    }

    @Test
    void aForgedCursorNamingATimeTheDatabaseCannotHoldIsNoCursor() {
        String id = UUID.randomUUID().toString();

        assertThat(OrderCursor.read(id + "@+300000-01-01T00:00:00Z")).isEmpty();
        assertThat(OrderCursor.read(id + "@-5000-01-01T00:00:00Z")).isEmpty();
        assertThat(TicketCursor.read("12@+300000-01-01T00:00:00Z")).isEmpty();
        assertThat(OrderCursor.read(id + "@yesterday")).isEmpty();
        assertThat(TicketCursor.read("012@" + PLACED)).isEmpty();
    }
}
