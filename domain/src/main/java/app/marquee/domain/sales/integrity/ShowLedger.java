package app.marquee.domain.sales.integrity;

import app.marquee.domain.payment.Money;

import java.util.List;
import java.util.Objects;

/**
 * A show's books as its records tell them, and the rules they must keep: no place sold beyond
 * capacity or twice, the inventory rows agreeing with the tickets, tickets agreeing with the paid
 * orders, and money agreeing with both — no ticket without payment, no payment without a ticket or
 * a refund. The selling code keeps these in every transaction, so a ledger that does not reconcile
 * is a defect to investigate, never a state the engine may leave behind.
 */
public record ShowLedger(PlaceCounts places, OrderCounts orders, MoneyCounts money) {
    public ShowLedger {
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(money, "money");
    }

    public List<Check> checks() {
        return List.of(
                check(CheckName.NOT_OVERSOLD, places.sold() + places.held() <= places.capacity()
                                && places.areasOversold() == 0,
                        "sold " + places.sold() + " + held " + places.held() + " <= capacity " + places.capacity()
                                + "; areas beyond their capacity: " + places.areasOversold()),
                check(CheckName.SEAT_SOLD_AT_MOST_ONCE, places.seatsSoldTwice() == 0,
                        "seats with two valid tickets: " + places.seatsSoldTwice()),
                check(CheckName.SEAT_CLAIMS_MATCH_TICKETS, places.seatClaimsOfTickets() == places.validSeatTickets(),
                        "sold seat claims " + places.seatClaimsOfTickets() + " = valid seat tickets "
                                + places.validSeatTickets()),
                check(CheckName.AREA_STOCK_MATCHES,
                        places.areaTaken() == places.areaTicketPlaces() + places.areaPlacesOfActiveHolds()
                                && places.areasOff() == 0,
                        "taken " + places.areaTaken() + " = ticketed " + places.areaTicketPlaces() + " + held "
                                + places.areaPlacesOfActiveHolds() + "; areas that differ: " + places.areasOff()),
                check(CheckName.TICKETS_MATCH_PAID_ORDERS, orders.validTickets() == orders.paidPlaces()
                                && orders.validTicketsOfCancelledOrders() == 0 && orders.validTickets() == places.sold(),
                        "valid tickets " + orders.validTickets() + " = places of paid orders " + orders.paidPlaces()
                                + "; valid tickets of cancelled orders: " + orders.validTicketsOfCancelledOrders()),
                check(CheckName.EVERY_ORDER_PAID, orders.ordersWithoutCapture() == 0,
                        "orders without a captured payment: " + orders.ordersWithoutCapture()),
                check(CheckName.EVERY_PAYMENT_TICKETED_OR_REFUNDED, orders.capturesWithoutOrderOrRefund() == 0,
                        "captured payments with neither order nor refund: " + orders.capturesWithoutOrderOrRefund()),
                balance());
    }

    public boolean reconciles() {
        return checks().stream().allMatch(Check::holds);
    }

    private Check balance() {
        Money out = money.refunded().plus(money.refundsPending());
        boolean holds = out.compareTo(money.captured()) <= 0
                && money.captured().minus(out).equals(money.keptByOrders());
        return check(CheckName.MONEY_BALANCES, holds, "captured " + money.captured() + " - refunded " + money.refunded()
                + " - refunds pending " + money.refundsPending() + " = kept by orders " + money.keptByOrders());
    }

    private static Check check(CheckName name, boolean holds, String figures) {
        return new Check(name, holds, figures);
    }
}
