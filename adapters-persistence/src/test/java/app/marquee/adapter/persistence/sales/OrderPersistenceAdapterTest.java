package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.application.sales.order.HeldTicket;
import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.order.OrderCursor;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.order.port.out.SeatClaimsLostException;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundId;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.order.TicketState;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.marquee.adapter.persistence.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class OrderPersistenceAdapterTest extends DatabaseTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
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

    void onSale() {
        hall = venues.add(HoldFixtures.hall(NOW));
        show = shows.add(HoldFixtures.showOnSale(events.add(HoldFixtures.event(NOW)), hall, NOW));
    }

    @Test
    void aPaidHoldBecomesAnOrderWhoseSeatsAreTicketedAndWhoseLinesReadBack() throws SQLException {
        onSale();
        AccountId buyer = buyer();
        Hold hold = place(buyer, HoldRequest.Item.seat(seat(0), seated()), HoldRequest.Item.places(pit(), standing(), 2));

        Purchase purchase = ticket(hold, buyer, NOW.plusSeconds(10));

        Order read = orders.byId(purchase.order().id()).orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(purchase.order());
        assertThat(holds.byId(hold.id()).orElseThrow().state()).isEqualTo(HoldState.CONVERTED);
        List<LabelledTicket> tickets = orders.ticketsOf(List.of(read.id()));
        assertThat(tickets).hasSize(3).allSatisfy(t -> assertThat(t.ticket().state()).isEqualTo(TicketState.VALID));
        assertThat(tickets.get(0).seatLabel()).contains("Stalls A-1");
        assertThat(tickets.get(0).tierName()).isEqualTo("Seated");
        assertThat(tickets.get(1).areaName()).contains("Pit");
        assertThat(count("SELECT count(*) FROM seat_claims WHERE hold_id = '" + hold.id()
                + "' AND ticket_id IS NOT NULL AND expires_at IS NULL")).isEqualTo(1);
        assertThat(count("SELECT taken FROM show_area_stock WHERE show_id = '" + show.id() + "'"))
                .as("the hold's places already counted").isEqualTo(2);
        List<HeldTicket> held = orders.ofHolder(buyer, Optional.empty(), 10);
        assertThat(held).hasSize(3).allSatisfy(t -> {
            assertThat(t.showTitle()).isEqualTo("Gala");
            assertThat(t.venueName()).isEqualTo(hall.details().name());
        });
    }

    @Test
    void aHoldIsConvertedOnceWhenTwoPaymentsRaceForIt() throws Exception {
        onSale();
        AccountId buyer = buyer();
        Hold hold = place(buyer, HoldRequest.Item.seat(seat(1), seated()));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Callable<Boolean> convert = () -> {
                start.await();
                try {
                    ticket(holds.byId(hold.id()).orElseThrow(), buyer, NOW.plusSeconds(10));
                    return true;
                } catch (HoldNotConverted lost) {
                    return false;
                }
            };
            Future<Boolean> one = threads.submit(convert);
            Future<Boolean> two = threads.submit(convert);
            start.countDown();
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM orders WHERE hold_id = '" + hold.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id WHERE o.hold_id = '"
                + hold.id() + "'")).isEqualTo(1);
    }

    @Test
    void aLapsedHoldIsNeverConverted() throws SQLException {
        onSale();
        AccountId buyer = buyer();
        Hold hold = place(buyer, HoldRequest.Item.seat(seat(2), seated()));

        assertThatThrownBy(() -> ticket(hold, buyer, hold.expiresAt())).isInstanceOf(HoldNotConverted.class);
        assertThat(count("SELECT count(*) FROM orders WHERE hold_id = '" + hold.id() + "'")).isZero();
    }

    @Test
    void aHoldThatLostASeatClaimRollsBackWholeAndStaysActive() throws SQLException {
        onSale();
        AccountId buyer = buyer();
        Hold hold = place(buyer, HoldRequest.Item.seat(seat(3), seated()), HoldRequest.Item.seat(seat(4), seated()));
        execute("DELETE FROM seat_claims WHERE hold_id = '" + hold.id() + "' AND seat_id = '" + seat(4) + "'");

        assertThatThrownBy(() -> ticket(hold, buyer, NOW.plusSeconds(10))).isInstanceOf(SeatClaimsLostException.class);

        assertThat(holds.byId(hold.id()).orElseThrow().state()).isEqualTo(HoldState.ACTIVE);
        assertThat(count("SELECT count(*) FROM orders WHERE hold_id = '" + hold.id() + "'")).isZero();
        assertThat(count("SELECT count(*) FROM tickets WHERE holder_id = '" + buyer + "'")).isZero();
        assertThat(count("SELECT count(*) FROM seat_claims WHERE hold_id = '" + hold.id() + "' AND ticket_id IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void aBuyersOrdersArePagedNewestFirst() {
        onSale();
        AccountId buyer = buyer();
        Order first = ticket(place(buyer, HoldRequest.Item.seat(seat(5), seated())), buyer, NOW.plusSeconds(1)).order();
        Order second = ticket(place(buyer, HoldRequest.Item.seat(seat(6), seated())), buyer, NOW.plusSeconds(2)).order();

        assertThat(orders.ofBuyer(buyer, Optional.empty(), 1)).extracting(Order::id).containsExactly(second.id());
        assertThat(orders.ofBuyer(buyer, Optional.of(new OrderCursor(second.placedAt(), second.id())), 5))
                .extracting(Order::id).containsExactly(first.id());
    }

    @Test
    void onePendingPaymentPerHoldTheSameAttemptReusedAndCapturedOnceThenRefundedOnce() throws SQLException {
        onSale();
        AccountId buyer = buyer();
        Hold hold = place(buyer, HoldRequest.Item.seat(seat(7), seated()));
        Card card = ((Outcome.Accepted<Card>) Card.given("4242424242424242", 12, 2030, "123", NOW)).value();
        PaymentAttempt attempt = PaymentAttempt.forRequest(buyer, new IdempotencyKey("k1"), hold.id(), hold.total(),
                card.summary(), NOW);
        PaymentAttempt other = PaymentAttempt.forRequest(buyer, new IdempotencyKey("k2"), hold.id(), hold.total(),
                card.summary(), NOW);

        Card mastercard = ((Outcome.Accepted<Card>) Card.given("5555555555554444", 12, 2030, "123", NOW)).value();
        assertThat(payments.begin(attempt)).isEqualTo(PaymentsPort.Start.STARTED);
        assertThat(payments.begin(attempt)).as("the same request tried again").isEqualTo(PaymentsPort.Start.RESUMED);
        assertThat(payments.begin(PaymentAttempt.forRequest(buyer, new IdempotencyKey("k1"), hold.id(), hold.total(),
                mastercard.summary(), NOW))).as("its key with another card").isEqualTo(PaymentsPort.Start.CONFLICTING);
        assertThat(payments.begin(other)).as("another request for the same hold")
                .isEqualTo(PaymentsPort.Start.OTHER_IN_PROGRESS);
        assertThat(payments.pendingSince(NOW.plusSeconds(1), 100)).extracting(PaymentAttempt::id).contains(attempt.id());

        payments.captured(attempt, new PaymentResult.Captured(new PaymentId("pi_1"), hold.total(), card.summary()),
                Optional.empty(), NOW);
        UUID refund = payments.refundPending(attempt, hold.total(), RefundCause.LATE_PAYMENT, NOW);
        Refund done = new Refund(new RefundId("re_1"), new PaymentId("pi_1"), hold.total());
        payments.refundSucceeded(refund, done, NOW);
        payments.refundSucceeded(refund, done, NOW);

        assertThat(payments.begin(other)).as("nothing pending any more").isEqualTo(PaymentsPort.Start.STARTED);
        assertThat(count("SELECT refunded_minor FROM payments WHERE id = '" + attempt.id() + "'"))
                .isEqualTo(hold.total().minor());
        assertThat(count("SELECT count(*) FROM refunds WHERE payment_id = '" + attempt.id()
                + "' AND state = 'SUCCEEDED' AND reason = 'LATE_PAYMENT'")).isEqualTo(1);
    }

    @Test
    void aHoldAlreadyConvertedIsNeverChargedAgainUnderAnotherKey() throws SQLException {
        onSale();
        AccountId buyer = buyer();
        Hold hold = place(buyer, HoldRequest.Item.seat(seat(8), seated()));
        Card card = ((Outcome.Accepted<Card>) Card.given("4242424242424242", 12, 2030, "123", NOW)).value();
        ticket(hold, buyer, NOW);

        PaymentAttempt secondClick = PaymentAttempt.forRequest(buyer, new IdempotencyKey("click-2"), hold.id(),
                hold.total(), card.summary(), NOW);

        assertThat(payments.begin(secondClick)).isEqualTo(PaymentsPort.Start.HOLD_NOT_ACTIVE);
        assertThat(count("SELECT count(*) FROM payments WHERE hold_id = '" + hold.id() + "'")).isZero();
    }

    /** The conversion the application's transaction makes: numbers, domain, conditional UPDATE, order. */
    Purchase ticket(Hold hold, AccountId buyer, Instant now) {
        return transactions.executeWrite(status -> {
            Outcome<Purchase> decided = Order.fromHold(hold, show, buyer, orders.drawTicketNumbers(hold.places()), now);
            if (!(decided instanceof Outcome.Accepted<Purchase> accepted) || !orders.convertHold(hold.id(), now)) {
                throw new HoldNotConverted();
            }
            orders.add(accepted.value());
            return accepted.value();
        });
    }

    static final class HoldNotConverted extends RuntimeException {
    }

    Hold place(AccountId buyer, HoldRequest.Item... items) {
        return ((Outcome.Accepted<Hold>) HoldPlacementTestSupport.place(transactions, holds, placing,
                HoldPlacement.byDefault(), new HoldRequest(buyer, show.id(), List.of(items)), show, hall, NOW)).value();
    }

    SeatId seat(int index) {
        return hall.seatMap().seats().get(index).id();
    }

    AreaId pit() {
        return hall.seatMap().areas().get(0).id();
    }

    TierId seated() {
        return show.terms().tiers().get(0).id();
    }

    TierId standing() {
        return show.terms().tiers().get(1).id();
    }

    static AccountId buyer() {
        return new AccountId(UUID.randomUUID());
    }


    static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.openConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
