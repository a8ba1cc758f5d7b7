package app.marquee.domain.sales.order;

/**
 * A ticket's number, unique within its show ({@code UNIQUE (show_id, number)}) and counted from 1.
 * The store hands out a run of numbers per order ({@code UPDATE shows SET next_ticket_number =
 * next_ticket_number + n ... RETURNING}), so numbers follow each other within an order.
 */
public record TicketNumber(long value) {
    public TicketNumber {
        if (value < 1) {
            throw new IllegalArgumentException("ticket numbers count from 1");
        }
    }

    public TicketNumber plus(int offset) {
        return new TicketNumber(Math.addExact(value, offset));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
