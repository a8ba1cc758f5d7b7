package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.application.sales.refund.DueRefund;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.card.CardBrand;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.refund.OrderCancellation;
import app.marquee.domain.sales.refund.RefundPolicy;
import app.marquee.domain.sales.refund.RefundQuote;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.marquee.adapter.persistence.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CancellationPersistenceAdapterTest extends DatabaseTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    CancellationPersistenceAdapter cancellations;
    @Inject
    RefundPersistenceAdapter refunds;
    @Inject
    OrderPersistenceAdapter orders;
    @Inject
    PaymentPersistenceAdapter payments;
    @Inject
    HoldPersistenceAdapter holds;
    @Inject
    HoldPlacementPersistenceAdapter placing;
    @Inject
    ShowPersistenceAdapter shows;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    EventPersistenceAdapter events;
    @Inject
    TransactionOperations<Connection> transactions;

    Venue hall;
    Show show;

    void onSale(String rows, int pit) {
        hall = venues.add(HoldFixtures.hall(NOW, rows, pit));
        show = shows.add(HoldFixtures.showOnSale(events.add(HoldFixtures.event(NOW)), hall, NOW));
    }

    @Test
    void twoCancellationsOfOneOrderRacingFreeItsSeatAndAreaPlacesExactlyOnceAndRecordOneRefund() throws Exception {
        onSale("A-B", 10);
        AccountId buyer = new AccountId(UUID.randomUUID());
        Order order = paid(buyer, HoldRequest.Item.seat(hall.seatMap().seats().get(0).id(), seated()),
                HoldRequest.Item.places(pit(), standing(), 2));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Callable<Boolean> cancel = () -> {
                Order mine = orders.byId(order.id()).orElseThrow();
                List<Ticket> itsTickets = orders.ticketsOf(List.of(order.id())).stream().map(t -> t.ticket()).toList();
                RefundQuote quote = ((Outcome.Accepted<RefundQuote>) OrderCancellation.byBuyer(mine, buyer, itsTickets,
                        show.startsAt(), RefundPolicy.DEFAULT, NOW)).value();
                start.await();
                return transactions.executeWrite(status -> {
                    if (!cancellations.cancel(mine, itsTickets, NOW)) {
                        return false;
                    }
                    refunds.recordForOrder(mine.id(), quote.amount(), RefundCause.BUYER_CANCELLED, NOW).orElseThrow();
                    return true;
                });
            };
            Future<Boolean> one = threads.submit(cancel);
            Future<Boolean> two = threads.submit(cancel);
            start.countDown();
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }

        assertThat(orders.byId(order.id()).orElseThrow().cancellation()).hasValueSatisfying(c ->
                assertThat(c.refunded()).isEqualTo(order.total()));
        assertThat(count("SELECT count(*) FROM tickets WHERE order_id = '" + order.id() + "' AND state = 'VOID'"))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM seat_claims WHERE show_id = '" + show.id() + "'")).isZero();
        assertThat(count("SELECT taken FROM show_area_stock WHERE show_id = '" + show.id() + "'")).isZero();
        assertThat(count("SELECT count(*) FROM refunds WHERE order_id = '" + order.id()
                + "' AND state = 'PENDING' AND reason = 'BUYER_CANCELLED' AND amount_minor = " + order.total().minor()))
                .isEqualTo(1);
    }

    @Test
    void aCancelledShowCancelsHundredsOfOrdersReleasesItsHoldsAndRecordsAFullRefundForEachPaidOne() throws Exception {
        onSale("A-T", 300);
        List<Order> sold = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sold.add(paid(new AccountId(UUID.randomUUID()),
                    HoldRequest.Item.seat(hall.seatMap().seats().get(i).id(), seated())));
        }
        for (int i = 0; i < 100; i++) {
            sold.add(paid(new AccountId(UUID.randomUUID()), HoldRequest.Item.places(pit(), standing(), 2)));
        }
        place(new AccountId(UUID.randomUUID()), HoldRequest.Item.places(pit(), standing(), 3));

        long started = System.nanoTime();
        int cancelled = transactions.executeWrite(status -> cancellations.cancelSales(show.id(), NOW));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(cancelled).isEqualTo(300);
        assertThat(took).as("a handful of statements, not one per ticket").isLessThan(Duration.ofSeconds(5));
        String of = " WHERE show_id = '" + show.id() + "'";
        assertThat(count("SELECT count(*) FROM orders" + of + " AND state = 'CANCELLED' AND cancelled_by = 'ORGANISER'"
                + " AND refund_minor = total_minor")).isEqualTo(300);
        assertThat(count("SELECT count(*) FROM tickets" + of + " AND state = 'VALID'")).isZero();
        assertThat(count("SELECT count(*) FROM seat_claims" + of)).isZero();
        assertThat(count("SELECT taken FROM show_area_stock" + of)).as("sold and held places back").isZero();
        assertThat(count("SELECT count(*) FROM holds" + of + " AND state = 'ACTIVE'")).isZero();
        assertThat(count("SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id" + of.replace("show_id",
                "o.show_id") + " AND r.state = 'PENDING' AND r.reason = 'SHOW_CANCELLED' AND r.amount_minor = o.total_minor"
                + " AND r.idempotency_key = 'marquee-refund-' || r.id")).isEqualTo(300);
        int again = transactions.executeWrite(status -> cancellations.cancelSales(show.id(), NOW));
        assertThat(again).as("asked again, nothing is left").isZero();
        assertThat(count("SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id"
                + of.replace("show_id", "o.show_id"))).isEqualTo(300);
    }

    @Test
    void anOrderTicketedJustAfterItsShowWasCancelledIsFoundAndCalledOffLikeTheOthers() throws Exception {
        onSale("A-B", 10);
        try (Connection connection = TestDatabase.openConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE shows SET lifecycle = 'CANCELLED' WHERE id = '" + show.id() + "'");
        }
        Order late = paid(new AccountId(UUID.randomUUID()), HoldRequest.Item.seat(hall.seatMap().seats().get(0).id(),
                seated()));

        assertThat(cancellations.cancelledStillSelling(NOW.minus(Duration.ofDays(1)), 100)).contains(show.id());
        assertThat(cancellations.cancelledStillSelling(show.startsAt(), 100)).as("started shows sell nothing more")
                .doesNotContain(show.id());

        int calledOff = transactions.executeWrite(status -> cancellations.cancelSales(show.id(), NOW));
        assertThat(calledOff).isEqualTo(1);
        assertThat(cancellations.cancelledStillSelling(NOW.minus(Duration.ofDays(1)), 100)).doesNotContain(show.id());
        assertThat(count("SELECT count(*) FROM orders WHERE id = '" + late.id() + "' AND state = 'CANCELLED'"
                + " AND cancelled_by = 'ORGANISER' AND refund_minor = total_minor")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM refunds WHERE order_id = '" + late.id() + "' AND state = 'PENDING'"
                + " AND reason = 'SHOW_CANCELLED'")).isEqualTo(1);
    }

    @Test
    void aClaimedRefundIsLeasedAndOneBackedOffIsNotDueAgainBeforeItsTime() throws Exception {
        onSale("A-B", 10);
        Set<UUID> recorded = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            Order order = paid(new AccountId(UUID.randomUUID()),
                    HoldRequest.Item.seat(hall.seatMap().seats().get(i).id(), seated()));
            recorded.add(transactions.executeWrite(status -> refunds.recordForOrder(order.id(), order.total(),
                    RefundCause.BUYER_CANCELLED, NOW)).orElseThrow());
        }
        Instant later = NOW.plusSeconds(1);

        List<DueRefund> first = refunds.claimDue(later, later.plusSeconds(300), 100);
        assertThat(first).extracting(DueRefund::id).containsAll(recorded);
        assertThat(first).allSatisfy(due -> {
            assertThat(due.key()).isEqualTo(PaymentAttempt.refundKey(due.id()));
            assertThat(due.payment().refundable()).isEqualTo(due.amount());
        });
        assertThat(refunds.claimDue(later, later.plusSeconds(300), 100)).as("leased").extracting(DueRefund::id)
                .doesNotContainAnyElementsOf(recorded);

        UUID backedOff = first.get(0).id();
        refunds.retryLater(backedOff, "timeout", later.plusSeconds(30), later);
        assertThat(refunds.pending(backedOff)).hasValueSatisfying(due -> assertThat(due.failures()).isEqualTo(1));
        assertThat(refunds.claimDue(later.plusSeconds(29), later.plusSeconds(400), 100)).extracting(DueRefund::id)
                .doesNotContain(backedOff);
        assertThat(refunds.claimDue(later.plusSeconds(30), later.plusSeconds(400), 100)).extracting(DueRefund::id)
                .contains(backedOff);
    }

    @Test
    void concurrentClaimsSkipEachOthersLockedRows() throws Exception {
        onSale("A-B", 10);
        for (int i = 0; i < 8; i++) {
            Order order = paid(new AccountId(UUID.randomUUID()),
                    HoldRequest.Item.seat(hall.seatMap().seats().get(i).id(), seated()));
            transactions.executeWrite(status -> refunds.recordForOrder(order.id(), order.total(),
                    RefundCause.BUYER_CANCELLED, NOW));
        }
        Instant when = NOW.plus(Duration.ofDays(30));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<DueRefund>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(threads.submit(() -> {
                    start.await();
                    return refunds.claimDue(when, when.plusSeconds(300), 3);
                }));
            }
            start.countDown();
            List<UUID> all = new ArrayList<>();
            for (Future<List<DueRefund>> claim : claims) {
                claim.get().forEach(due -> all.add(due.id()));
            }
            assertThat(all).doesNotHaveDuplicates();
        } finally {
            threads.shutdownNow();
        }
    }

    /** The buyer holds these places and pays: the order is made and its capture recorded on it. */
    private Order paid(AccountId buyer, HoldRequest.Item... items) {
        Hold hold = place(buyer, items);
        PaymentAttempt attempt = PaymentAttempt.forRequest(buyer, new IdempotencyKey("k-" + UUID.randomUUID()),
                hold.id(), hold.total(), new CardSummary(CardBrand.VISA, "4242"), NOW);
        payments.begin(attempt);
        Purchase purchase = transactions.executeWrite(status -> {
            Purchase made = ((Outcome.Accepted<Purchase>) Order.fromHold(hold, show, buyer,
                    orders.drawTicketNumbers(hold.places()), NOW.plusSeconds(1))).value();
            assertThat(orders.convertHold(hold.id(), NOW.plusSeconds(1))).isTrue();
            orders.add(made);
            payments.captured(attempt, new PaymentResult.Captured(new PaymentId("pi_" + attempt.id()), hold.total(),
                    attempt.card()), Optional.of(made.order().id()), NOW.plusSeconds(1));
            return made;
        });
        return purchase.order();
    }

    private Hold place(AccountId buyer, HoldRequest.Item... items) {
        return ((Outcome.Accepted<Hold>) HoldPlacementTestSupport.place(transactions, holds, placing,
                HoldPlacement.byDefault(), new HoldRequest(buyer, show.id(), List.of(items)), show, hall, NOW)).value();
    }

    private app.marquee.domain.sales.venue.AreaId pit() {
        return hall.seatMap().areas().get(0).id();
    }

    private app.marquee.domain.sales.show.TierId seated() {
        return show.terms().tiers().get(0).id();
    }

    private app.marquee.domain.sales.show.TierId standing() {
        return show.terms().tiers().get(1).id();
    }
}
