package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

/** Every figure of a show's books, read by one statement (one snapshot). */
@Introspected
record LedgerRow(long capacity, long sold, long held, long seatClaimsOfTickets, long validSeatTickets,
                 long seatsSoldTwice, long areaTaken, long areaTicketPlaces, long areaPlacesOfActiveHolds,
                 long areasOff, long areasOversold,
                 long paidOrders, long cancelledOrders, long ticketsIssued, long ticketsVoid, long paidPlaces,
                 long validTicketsOfCancelledOrders, long ordersWithoutCapture, long capturesWithoutOrderOrRefund,
                 long capturedMinor, long refundedMinor, long refundsPendingMinor, long keptMinor) {
}
