package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.integrity.Check;
import app.marquee.domain.sales.integrity.CheckName;
import app.marquee.domain.sales.integrity.MoneyCounts;
import app.marquee.domain.sales.integrity.OrderCounts;
import app.marquee.domain.sales.integrity.PlaceCounts;
import app.marquee.domain.sales.integrity.ShowLedger;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Venue;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The books of a show whose records were written row by row here (as the selling code writes
 * them): a paid order, a cancelled one refunded by half, a live hold, and a late payment refunded
 * in full. Then one record at a time is broken, and the check that should notice does.
 */
@MicronautTest(transactional = false)
class ShowLedgerPersistenceAdapterTest extends DatabaseTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Currency EUR = Currency.getInstance("EUR");
    @Inject
    ShowLedgerPersistenceAdapter ledgers;
    @Inject
    ShowPersistenceAdapter shows;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    EventPersistenceAdapter events;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void theBooksOfAShowThatSoldRefundedAndHoldsReconcile() {
        Books books = books();

        ShowLedger ledger = ledgers.ledgerOf(books.show.id(), EUR, NOW);

        assertThat(ledger.places()).isEqualTo(new PlaceCounts(110, 3, 2, 1, 1, 0, 3, 2, 1, 0, 0));
        assertThat(ledger.orders()).isEqualTo(new OrderCounts(1, 1, 4, 1, 3, 0, 0, 0));
        assertThat(ledger.money()).isEqualTo(new MoneyCounts(eur(16000), eur(5000), eur(0), eur(11000)));
        assertThat(ledger.reconciles()).as("%s", ledger.checks()).isTrue();
    }

    @Test
    void aHoldThatLapsedStillCountsInTheStockUntilReapedButNoLongerAsHeld() {
        Books books = books();

        ShowLedger later = ledgers.ledgerOf(books.show.id(), EUR, NOW.plus(Duration.ofHours(1)));

        assertThat(later.places().held()).isZero();
        assertThat(later.places().areaPlacesOfActiveHolds()).isEqualTo(1);
        assertThat(later.reconciles()).isTrue();
    }

    @Test
    void anAreaCounterThatDriftsIsNamed() {
        Books books = books();
        books.rows.sql("UPDATE show_area_stock SET taken = taken + 1 WHERE show_id = '" + books.show.id() + "'");

        assertThat(failed(books)).containsExactly(CheckName.AREA_STOCK_MATCHES);
    }

    @Test
    void aCapturedPaymentWithNeitherOrderNorRefundIsNamedAndUnbalancesTheMoney() {
        Books books = books();
        UUID hold = books.rows.hold(books.show, UUID.randomUUID(), "EXPIRED", NOW.minusSeconds(60), null);
        books.rows.payment(hold, 2500, null);

        assertThat(failed(books)).containsExactly(CheckName.EVERY_PAYMENT_TICKETED_OR_REFUNDED,
                CheckName.MONEY_BALANCES);
    }

    @Test
    void aValidTicketLeftOnACancelledOrderIsNamed() {
        Books books = books();
        books.rows.sql("UPDATE tickets SET state = 'VALID' WHERE order_id = '" + books.cancelledOrder + "'");

        assertThat(failed(books)).contains(CheckName.TICKETS_MATCH_PAID_ORDERS, CheckName.SEAT_CLAIMS_MATCH_TICKETS);
    }

    private List<CheckName> failed(Books books) {
        return ledgers.ledgerOf(books.show.id(), EUR, NOW).checks().stream().filter(c -> !c.holds())
                .map(Check::name).toList();
    }

    private record Books(Show show, UUID cancelledOrder, SaleRows rows) {
    }

    /** A hall of 10 seats (A-B x 1-5) and a pit of 100, and one show's sales written as the engine writes them. */
    private Books books() {
        SaleRows rows = new SaleRows(transactions, NOW);
        SaleRows.Stage stage = rows.stage(venues, events, shows);
        Show show = stage.show();
        Venue hall = stage.hall();
        UUID pit = hall.seatMap().areas().get(0).id().value();
        UUID a1 = hall.seatMap().seats().get(0).id().value();
        UUID a2 = hall.seatMap().seats().get(1).id().value();
        UUID a3 = hall.seatMap().seats().get(2).id().value();
        UUID tierId = show.terms().tiers().get(0).id().value();
        rows.sql("INSERT INTO show_area_stock (show_id, area_id, capacity) VALUES ('" + show.id() + "', '" + pit
                + "', 100) ON CONFLICT DO NOTHING");

        UUID paidHold = rows.hold(show, UUID.randomUUID(), "CONVERTED", NOW.plusSeconds(600), null);
        rows.item(paidHold, 0, a1, null, tierId, 1, 3000);
        rows.item(paidHold, 1, null, pit, tierId, 2, 3000);
        UUID paid = rows.order(show, paidHold, 9000, "PAID", null);
        UUID seatTicket = rows.ticket(show, paid, a1, null, tierId, "VALID");
        rows.ticket(show, paid, null, pit, tierId, "VALID");
        rows.ticket(show, paid, null, pit, tierId, "VALID");
        rows.sql("INSERT INTO seat_claims (show_id, seat_id, hold_id, ticket_id) VALUES ('" + show.id() + "', '" + a1
                + "', '" + paidHold + "', '" + seatTicket + "')");
        rows.sql("UPDATE show_area_stock SET taken = taken + 2 WHERE show_id = '" + show.id() + "'");
        rows.payment(paidHold, 9000, paid);

        UUID cancelledHold = rows.hold(show, UUID.randomUUID(), "CONVERTED", NOW.plusSeconds(600), null);
        rows.item(cancelledHold, 0, a2, null, tierId, 1, 4000);
        UUID cancelled = rows.order(show, cancelledHold, 4000, "CANCELLED", 2000L);
        rows.ticket(show, cancelled, a2, null, tierId, "VOID");
        rows.refund(rows.payment(cancelledHold, 4000, cancelled), cancelled, 2000, "BUYER_CANCELLED");

        UUID liveHold = rows.hold(show, UUID.randomUUID(), "ACTIVE", NOW.plusSeconds(600), null);
        rows.item(liveHold, 0, a3, null, tierId, 1, 3000);
        rows.item(liveHold, 1, null, pit, tierId, 1, 3000);
        rows.sql("INSERT INTO seat_claims (show_id, seat_id, hold_id, expires_at) VALUES ('" + show.id() + "', '" + a3
                + "', '" + liveHold + "', '" + NOW.plusSeconds(600) + "')");
        rows.sql("UPDATE show_area_stock SET taken = taken + 1 WHERE show_id = '" + show.id() + "'");

        UUID lateHold = rows.hold(show, UUID.randomUUID(), "EXPIRED", NOW.minusSeconds(60), null);
        rows.item(lateHold, 0, a3, null, tierId, 1, 3000);
        rows.refund(rows.payment(lateHold, 3000, null), null, 3000, "LATE_PAYMENT");
        return new Books(show, cancelled, rows);
    }

    private static Money eur(long minor) {
        return new Money(minor, EUR);
    }
}
