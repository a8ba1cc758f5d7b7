package app.marquee.domain.sales.integrity;

/**
 * How a show's orders and tickets stand: orders PAID and CANCELLED, tickets issued and void, the
 * places the paid orders bought, valid tickets left on cancelled orders, orders that cost something
 * without a captured payment, and captured payments that made no order and were not refunded.
 */
public record OrderCounts(int paid, int cancelled, int ticketsIssued, int ticketsVoid, int paidPlaces,
                          int validTicketsOfCancelledOrders, int ordersWithoutCapture,
                          int capturesWithoutOrderOrRefund) {
    public OrderCounts {
        if (paid < 0 || cancelled < 0 || ticketsIssued < 0 || ticketsVoid < 0 || paidPlaces < 0
                || validTicketsOfCancelledOrders < 0 || ordersWithoutCapture < 0 || capturesWithoutOrderOrRefund < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (ticketsVoid > ticketsIssued) {
            throw new IllegalArgumentException("no more void tickets than tickets issued");
        }
    }

    public int validTickets() {
        return ticketsIssued - ticketsVoid;
    }
}
