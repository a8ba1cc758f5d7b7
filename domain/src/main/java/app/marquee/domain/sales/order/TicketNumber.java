package app.marquee.domain.sales.order;

/**
 * A ticket's number, unique within its show ({@code UNIQUE (show_id, number)}) and counted from 1.
 * The store draws numbers from one sequence shared by every show ({@code nextval('ticket_numbers')}),
 * so no per-show row is locked while selling: a number is never given twice, anywhere, but the
 * numbers of one show (or even of one order, when orders are made side by side) need not follow
 * each other.
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
