package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.integrity.Check;
import app.marquee.domain.sales.integrity.CheckName;
import app.marquee.domain.sales.integrity.MoneyCounts;
import app.marquee.domain.sales.integrity.OrderCounts;
import app.marquee.domain.sales.integrity.PlaceCounts;
import app.marquee.domain.sales.integrity.ShowLedger;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

        assertThat(ledger.places()).isEqualTo(new PlaceCounts(110, 3, 2, 1, 1, 0, 3, 2, 1));
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
        sql("UPDATE show_area_stock SET taken = taken + 1 WHERE show_id = '" + books.show.id() + "'");

        assertThat(failed(books)).containsExactly(CheckName.AREA_STOCK_MATCHES);
    }

    @Test
    void aCapturedPaymentWithNeitherOrderNorRefundIsNamedAndUnbalancesTheMoney() {
        Books books = books();
        UUID hold = hold(books.show, "EXPIRED", NOW.minusSeconds(60));
        payment(hold, 2500, null);

        assertThat(failed(books)).containsExactly(CheckName.EVERY_PAYMENT_TICKETED_OR_REFUNDED,
                CheckName.MONEY_BALANCES);
    }

    @Test
    void aValidTicketLeftOnACancelledOrderIsNamed() {
        Books books = books();
        sql("UPDATE tickets SET state = 'VALID' WHERE order_id = '" + books.cancelledOrder + "'");

        assertThat(failed(books)).contains(CheckName.TICKETS_MATCH_PAID_ORDERS, CheckName.SEAT_CLAIMS_MATCH_TICKETS);
    }

    private List<CheckName> failed(Books books) {
        return ledgers.ledgerOf(books.show.id(), EUR, NOW).checks().stream().filter(c -> !c.holds())
                .map(Check::name).toList();
    }

    private record Books(Show show, UUID cancelledOrder) {
    }

    /** A hall of 10 seats (A-B x 1-5) and a pit of 100, and one show's sales written as the engine writes them. */
    private Books books() {
        Venue hall = Venue.open(new VenueDetails("Hall " + UUID.randomUUID(), new Address(List.of("1 quai"),
                "Lyon", "69002", "FR"), ZoneId.of("Europe/Paris"), VenueKind.HALL, Set.of()), NOW);
        hall.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A-B", "1-5")),
                List.of(new SeatMapPlan.AreaPlan("Pit", 100))), NOW).orElseThrow(r -> new IllegalStateException(r.code()));
        venues.add(hall);
        Event gala = events.add(Event.announce(new EventDetails("Gala", "", EventCategory.SCHOOL, Optional.empty()),
                AccountId.newId(), NOW));
        PriceTier tier = PriceTier.forSeats("Full", Set.of(SeatKind.STANDARD), eur(3000));
        Instant start = NOW.plus(Duration.ofDays(5));
        Show show = shows.add(Show.scheduleEventDate(gala.id(), hall.id(), start, start.plus(Duration.ofHours(3)),
                hall.details().timeZone(), new SaleTerms(List.of(tier), SalesWindow.untilStart(NOW, start),
                        new PerOrderLimit(6), EUR)));
        UUID pit = hall.seatMap().areas().get(0).id().value();
        UUID a1 = hall.seatMap().seats().get(0).id().value();
        UUID a2 = hall.seatMap().seats().get(1).id().value();
        UUID a3 = hall.seatMap().seats().get(2).id().value();
        UUID tierId = tier.id().value();
        sql("INSERT INTO show_area_stock (show_id, area_id, capacity) VALUES ('" + show.id() + "', '" + pit
                + "', 100) ON CONFLICT DO NOTHING");

        UUID paidHold = hold(show, "CONVERTED", NOW.plusSeconds(600));
        item(paidHold, 0, a1, null, tierId, 1, 3000);
        item(paidHold, 1, null, pit, tierId, 2, 3000);
        UUID paid = order(show, paidHold, 9000, "PAID", null);
        UUID seatTicket = ticket(show, paid, a1, null, tierId, "VALID");
        ticket(show, paid, null, pit, tierId, "VALID");
        ticket(show, paid, null, pit, tierId, "VALID");
        sql("INSERT INTO seat_claims (show_id, seat_id, hold_id, ticket_id) VALUES ('" + show.id() + "', '" + a1
                + "', '" + paidHold + "', '" + seatTicket + "')");
        sql("UPDATE show_area_stock SET taken = taken + 2 WHERE show_id = '" + show.id() + "'");
        payment(paidHold, 9000, paid);

        UUID cancelledHold = hold(show, "CONVERTED", NOW.plusSeconds(600));
        item(cancelledHold, 0, a2, null, tierId, 1, 4000);
        UUID cancelled = order(show, cancelledHold, 4000, "CANCELLED", 2000L);
        ticket(show, cancelled, a2, null, tierId, "VOID");
        refund(payment(cancelledHold, 4000, cancelled), cancelled, 2000, "BUYER_CANCELLED");

        UUID liveHold = hold(show, "ACTIVE", NOW.plusSeconds(600));
        item(liveHold, 0, a3, null, tierId, 1, 3000);
        item(liveHold, 1, null, pit, tierId, 1, 3000);
        sql("INSERT INTO seat_claims (show_id, seat_id, hold_id, expires_at) VALUES ('" + show.id() + "', '" + a3
                + "', '" + liveHold + "', '" + NOW.plusSeconds(600) + "')");
        sql("UPDATE show_area_stock SET taken = taken + 1 WHERE show_id = '" + show.id() + "'");

        UUID lateHold = hold(show, "EXPIRED", NOW.minusSeconds(60));
        item(lateHold, 0, a3, null, tierId, 1, 3000);
        refund(payment(lateHold, 3000, null), null, 3000, "LATE_PAYMENT");
        return new Books(show, cancelled);
    }

    private UUID hold(Show show, String state, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO holds (id, show_id, buyer_id, kind, state, currency, created_at, expires_at, ended_at) VALUES ('"
                + id + "', '" + show.id() + "', '" + UUID.randomUUID() + "', 'PURCHASE', '" + state + "', 'EUR', '"
                + expiresAt.minusSeconds(600) + "', '" + expiresAt + "', " + (state.equals("ACTIVE") ? "NULL"
                : "'" + NOW + "'") + ")");
        return id;
    }

    private void item(UUID hold, int position, UUID seat, UUID area, UUID tier, int quantity, long price)
            {
        sql("INSERT INTO hold_items (hold_id, position, seat_id, area_id, tier_id, quantity, unit_price_minor) VALUES ('"
                + hold + "', " + position + ", " + text(seat) + ", " + text(area) + ", '" + tier + "', " + quantity
                + ", " + price + ")");
    }

    private UUID order(Show show, UUID hold, long total, String state, Long refund) {
        UUID id = UUID.randomUUID();
        boolean cancelled = state.equals("CANCELLED");
        sql("INSERT INTO orders (id, show_id, buyer_id, hold_id, currency, total_minor, state, placed_at, cancelled_at,"
                + " cancelled_by, refund_minor) VALUES ('" + id + "', '" + show.id() + "', '" + UUID.randomUUID() + "', '"
                + hold + "', 'EUR', " + total + ", '" + state + "', '" + NOW + "', " + (cancelled ? "'" + NOW + "'" : "NULL")
                + ", " + (cancelled ? "'BUYER'" : "NULL") + ", " + refund + ")");
        return id;
    }

    private UUID ticket(Show show, UUID order, UUID seat, UUID area, UUID tier, String state) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO tickets (id, show_id, order_id, number, holder_id, seat_id, area_id, tier_id, price_minor, state)"
                + " VALUES ('" + id + "', '" + show.id() + "', '" + order + "', nextval('ticket_numbers'), '"
                + UUID.randomUUID() + "', " + text(seat) + ", " + text(area) + ", '" + tier + "', 3000, '" + state + "')");
        return id;
    }

    private UUID payment(UUID hold, long amount, UUID order) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO payments (id, hold_id, buyer_id, idempotency_key, amount_minor, currency, state,"
                + " provider_payment_id, card_brand, card_last4, order_id, created_at, updated_at) VALUES ('" + id + "', '"
                + hold + "', '" + UUID.randomUUID() + "', '" + id + "', " + amount + ", 'EUR', 'CAPTURED', 'pi_" + id
                + "', 'VISA', '4242', " + text(order) + ", '" + NOW + "', '" + NOW + "')");
        return id;
    }

    private void refund(UUID payment, UUID order, long amount, String reason) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO refunds (id, payment_id, order_id, idempotency_key, amount_minor, reason, state,"
                + " provider_refund_id, created_at, updated_at) VALUES ('" + id + "', '" + payment + "', " + text(order)
                + ", '" + id + "', " + amount + ", '" + reason + "', 'SUCCEEDED', 're_1', '" + NOW + "', '" + NOW + "')");
    }

    private static String text(UUID id) {
        return id == null ? "NULL" : "'" + id + "'";
    }

    private static Money eur(long minor) {
        return new Money(minor, EUR);
    }

    private void sql(String statement) {
        transactions.executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                return s.execute(statement);
            } catch (SQLException e) {
                throw new IllegalStateException(statement, e);
            }
        });
    }
}
