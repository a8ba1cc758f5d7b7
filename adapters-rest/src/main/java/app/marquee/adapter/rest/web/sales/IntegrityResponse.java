package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.application.sales.integrity.port.in.ShowIntegrityQuery.Report;
import app.marquee.domain.sales.integrity.MoneyCounts;
import app.marquee.domain.sales.integrity.OrderCounts;
import app.marquee.domain.sales.integrity.PlaceCounts;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A show's integrity report on the wire. */
@Serdeable
@Schema(name = "ShowIntegrity")
record IntegrityResponse(UUID showId, Instant readAt, boolean reconciles, Places places, Tickets tickets,
                         Orders orders, Books money, List<CheckLine> checks) {

    static IntegrityResponse of(Report report) {
        PlaceCounts places = report.ledger().places();
        OrderCounts orders = report.ledger().orders();
        MoneyCounts money = report.ledger().money();
        return new IntegrityResponse(report.show().value(), report.readAt(), report.ledger().reconciles(),
                new Places(places.capacity(), places.sold(), places.held(), places.remaining()),
                new Tickets(orders.ticketsIssued(), orders.validTickets(), orders.ticketsVoid()),
                new Orders(orders.paid(), orders.cancelled()),
                new Books(MoneyBody.of(money.captured()), MoneyBody.of(money.refunded()),
                        MoneyBody.of(money.refundsPending()), MoneyBody.of(money.keptByOrders())),
                report.ledger().checks().stream().map(c -> new CheckLine(c.name().name(), c.holds(), c.figures()))
                        .toList());
    }

    @Serdeable
    @Schema(name = "IntegrityPlaces")
    record Places(int capacity, int sold, int held, int remaining) {
    }

    @Serdeable
    @Schema(name = "IntegrityTickets")
    record Tickets(int issued, int valid, int voided) {
    }

    @Serdeable
    @Schema(name = "IntegrityOrders")
    record Orders(int paid, int cancelled) {
    }

    @Serdeable
    @Schema(name = "IntegrityMoney")
    record Books(MoneyBody captured, MoneyBody refunded, MoneyBody refundsPending, MoneyBody keptByOrders) {
    }

    @Serdeable
    @Schema(name = "IntegrityCheck", description = "One rule: NOT_OVERSOLD, SEAT_SOLD_AT_MOST_ONCE,"
            + " SEAT_CLAIMS_MATCH_TICKETS, AREA_STOCK_MATCHES, TICKETS_MATCH_PAID_ORDERS, EVERY_ORDER_PAID,"
            + " EVERY_PAYMENT_TICKETED_OR_REFUNDED, MONEY_BALANCES")
    record CheckLine(String name, boolean holds, String figures) {
    }
}
