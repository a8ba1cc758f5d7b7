package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.integrity.port.out.ShowLedgerPort;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.integrity.MoneyCounts;
import app.marquee.domain.sales.integrity.OrderCounts;
import app.marquee.domain.sales.integrity.PlaceCounts;
import app.marquee.domain.sales.integrity.ShowLedger;
import app.marquee.domain.sales.show.ShowId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Currency;

/** A show's books from PostgreSQL, figures straight from the rows (see {@link ShowLedgerRepository}). */
@Singleton
public class ShowLedgerPersistenceAdapter implements ShowLedgerPort {
    private final ShowLedgerRepository ledgers;

    ShowLedgerPersistenceAdapter(ShowLedgerRepository ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public ShowLedger ledgerOf(ShowId show, Currency currency, Instant now) {
        LedgerRow row = ledgers.ledgerOf(show.value(), now);
        return new ShowLedger(
                new PlaceCounts(count(row.capacity()), count(row.sold()), count(row.held()),
                        count(row.seatClaimsOfTickets()), count(row.validSeatTickets()), count(row.seatsSoldTwice()),
                        count(row.areaTaken()), count(row.areaTicketPlaces()), count(row.areaPlacesOfActiveHolds()),
                        count(row.areasOff()), count(row.areasOversold())),
                new OrderCounts(count(row.paidOrders()), count(row.cancelledOrders()), count(row.ticketsIssued()),
                        count(row.ticketsVoid()), count(row.paidPlaces()), count(row.validTicketsOfCancelledOrders()),
                        count(row.ordersWithoutCapture()), count(row.capturesWithoutOrderOrRefund())),
                new MoneyCounts(new Money(row.capturedMinor(), currency), new Money(row.refundedMinor(), currency),
                        new Money(row.refundsPendingMinor(), currency), new Money(row.keptMinor(), currency)));
    }

    private static int count(long value) {
        return Math.toIntExact(value);
    }
}
