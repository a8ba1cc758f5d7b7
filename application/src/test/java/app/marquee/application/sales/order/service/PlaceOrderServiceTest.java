package app.marquee.application.sales.order.service;

import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.fakes.InMemoryOrders;
import app.marquee.application.sales.order.fakes.InMemoryPayments;
import app.marquee.application.sales.order.fakes.InMemoryRequestKeys;
import app.marquee.application.sales.order.fakes.ScriptedProvider;
import app.marquee.application.sales.order.port.in.PlaceOrderUseCase.Command;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.PurchaseEligibility;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.HoldKind;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.order.OrderRequestKey;
import app.marquee.domain.sales.order.OrderState;
import app.marquee.domain.sales.order.RequestFingerprint;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceOrderServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final AccountId ANN = AccountId.newId();
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryPayments payments = new InMemoryPayments();
    private final InMemoryRequestKeys keys = new InMemoryRequestKeys();
    private final ScriptedProvider provider = new ScriptedProvider();
    private final InMemoryShows shows = new InMemoryShows(new InMemoryVenues());
    private final PriceTier category1 = PriceTier.forSeats("Category 1", Set.of(SeatKind.STANDARD), eur(5000));
    private final AreaId pit = AreaId.newId();
    private final PriceTier standing = PriceTier.forAreas("Standing", Set.of(pit), eur(3000));
    private final Show show = Show.scheduleEventDate(EventId.newId(), VenueId.newId(), NOW.plus(Duration.ofDays(9)),
            NOW.plus(Duration.ofDays(9)).plusSeconds(10_800), ZoneId.of("Europe/Paris"),
            SaleTerms.of(List.of(category1, standing), SalesWindow.untilStart(NOW.minusSeconds(3600),
                    NOW.plus(Duration.ofDays(9)))));
    private final OrderViews views = new OrderViews(orders, payments, payload -> "signature_of_" + Integer.toHexString(payload.hashCode()));
    private final OrderBookkeeping books = new OrderBookkeeping(new OrderMaking(orders, payments), payments, keys, shows);
    private final PlaceOrderService service = new PlaceOrderService(keys, new HoldPayment(orders, shows, payments,
            provider, keys, books, new UnticketedRefunds(books, payments, provider, clock), views, clock), views,
            new PurchaseEligibility(true), clock);

    PlaceOrderServiceTest() {
        show.openSales(NOW.minusSeconds(3600));
        shows.add(show);
    }

    @Test
    void aBuyerPaysForTheirHoldAndGetsAPaidOrderWithSignedTicketsAndTheCardsLastFour() {
        Hold hold = hold(HoldItem.seat(SeatId.newId(), category1.id(), eur(5000)),
                HoldItem.places(pit, standing.id(), 2, eur(3000)));

        OrderView view = accepted(service.place(command("key-1", hold, "4242424242424242")));

        assertThat(view.order().state()).isEqualTo(OrderState.PAID);
        assertThat(view.order().total()).isEqualTo(eur(11000));
        assertThat(view.tickets()).hasSize(3).allSatisfy(t -> assertThat(t.code().format()).startsWith("MQ1."));
        assertThat(view.card()).hasValueSatisfying(card -> assertThat(card.last4()).isEqualTo("4242"));
        assertThat(orders.stateOf(hold.id())).isEqualTo(HoldState.CONVERTED);
        assertThat(provider.charged()).singleElement().satisfies(c -> assertThat(c.amount()).isEqualTo(eur(11000)));
        assertThat(payments.rows()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("CAPTURED"));
        assertThat(keys.find(ANN, new IdempotencyKey("key-1")).orElseThrow().state()).isEqualTo(OrderRequestKey.State.DONE);
    }

    @Test
    void aBuyerWhoseEmailIsNotVerifiedIsRefusedBeforeAnyCharge() {
        Hold hold = seatHold();
        Command asked = command("key-1", hold, "4242424242424242");

        assertThat(service.place(new Command(asked.buyer(), asked.key(), asked.hold(), asked.card(), false)))
                .isEqualTo(Outcome.rejected(IdentityRejection.EMAIL_NOT_VERIFIED));
        assertThat(provider.charged()).isEmpty();
        assertThat(keys.find(ANN, new IdempotencyKey("key-1"))).as("the key stays free for a try once verified").isEmpty();
    }

    @Test
    void anOrderThatWentThroughIsStillAnsweredOnReplayAfterTheVerificationWasTakenBackButANewOneIsRefused() {
        Hold hold = seatHold();
        OrderView first = accepted(service.place(command("key-1", hold, "4242424242424242")));
        Command replay = unverified(command("key-1", hold, "4242424242424242"));

        assertThat(accepted(service.place(replay)).order().id()).isEqualTo(first.order().id());
        assertThat(service.place(unverified(command("key-2", seatHold(), "4242424242424242"))))
                .isEqualTo(Outcome.rejected(IdentityRejection.EMAIL_NOT_VERIFIED));
        assertThat(service.place(unverified(command("key-1", seatHold(), "4242424242424242"))))
                .as("another request under the key is not a replay").isEqualTo(Outcome.rejected(IdentityRejection.EMAIL_NOT_VERIFIED));
        assertThat(provider.charged()).hasSize(1);
        assertThat(keys.find(ANN, new IdempotencyKey("key-2"))).isEmpty();
    }

    private static Command unverified(Command asked) {
        return new Command(asked.buyer(), asked.key(), asked.hold(), asked.card(), false);
    }

    @Test
    void theSameRequestReplayedAnswersTheSameOrderAndNeverChargesAgain() {
        Hold hold = seatHold();
        OrderView first = accepted(service.place(command("key-1", hold, "4242424242424242")));

        OrderView again = accepted(service.place(command("key-1", hold, "4242424242424242")));

        assertThat(again.order().id()).isEqualTo(first.order().id());
        assertThat(again.tickets()).extracting(t -> t.code().format())
                .containsExactlyElementsOf(first.tickets().stream().map(t -> t.code().format()).toList());
        assertThat(provider.charged()).hasSize(1);
        assertThat(orders.orderCount()).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherHoldOrCardIsRefusedWithoutCharging() {
        Hold hold = seatHold();
        accepted(service.place(command("key-1", hold, "4242424242424242")));

        assertThat(code(service.place(command("key-1", hold, "5555555555554444")))).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(code(service.place(command("key-1", seatHold(), "4242424242424242"))))
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(provider.charged()).hasSize(1);
    }

    @Test
    void aRequestStillRunningBlocksTheSameKeyUntilItHasBeenSilentForAMinuteThenItIsTakenOver() {
        Hold hold = seatHold();
        Card card = card("4242424242424242");
        keys.abandoned(ANN, new IdempotencyKey("key-1"), RequestFingerprint.of(hold.id(), card.summary(), card.expiry()),
                NOW.minusSeconds(30));

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("IDEMPOTENCY_KEY_IN_USE");
        assertThat(provider.charged()).isEmpty();

        clock.advance(Duration.ofSeconds(31));
        assertThat(accepted(service.place(command("key-1", hold, "4242424242424242"))).order().hold())
                .isEqualTo(hold.id());
        assertThat(provider.charged()).hasSize(1);
    }

    @Test
    void aSlowRequestWhoseKeyWasTakenOverDuringTheChargeLeavesTheNewerRequestsKeyAlone() {
        Hold hold = seatHold();
        provider.next(new PaymentResult.Failed("processing_error", true));
        provider.duringCharge(() -> {
            clock.advance(Duration.ofSeconds(61));
            OrderRequestKey stale = keys.find(ANN, new IdempotencyKey("key-1")).orElseThrow();
            assertThat(keys.takeOver(ANN, new IdempotencyKey("key-1"), stale.updatedAt(), clock.instant())).isTrue();
        });

        assertThat(code(service.place(command("key-1", hold, "4242424242424242"))))
                .isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");

        assertThat(keys.find(ANN, new IdempotencyKey("key-1"))).as("not released from under the newer request")
                .hasValueSatisfying(key -> assertThat(key.state()).isEqualTo(OrderRequestKey.State.IN_PROGRESS));
    }

    @Test
    void aDeclinedCardIsRecordedWithItsReasonAndTheHoldStaysForAnotherCardAndKey() {
        Hold hold = seatHold();
        provider.next(new PaymentResult.Declined(DeclineReason.INSUFFICIENT_FUNDS));

        Outcome<OrderView> declined = service.place(command("key-1", hold, "4000000000009995"));

        assertThat(code(declined)).isEqualTo("PAYMENT_DECLINED");
        assertThat(((Outcome.Rejected<OrderView>) declined).rejection().subjects()).containsExactly("INSUFFICIENT_FUNDS");
        assertThat(orders.stateOf(hold.id())).isEqualTo(HoldState.ACTIVE);
        assertThat(payments.rows()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("DECLINED"));
        assertThat(((Outcome.Rejected<OrderView>) service.place(command("key-1", hold, "4000000000009995")))
                .rejection().subjects()).containsExactly("INSUFFICIENT_FUNDS");

        accepted(service.place(command("key-2", hold, "4242424242424242")));
        assertThat(orders.stateOf(hold.id())).isEqualTo(HoldState.CONVERTED);
    }

    @Test
    void aProviderOutageLeavesTheAttemptPendingAndTheSameKeyRetriedReusesItWithoutChargingTwice() {
        Hold hold = seatHold();
        provider.next(new PaymentResult.Failed("processing_error", true));

        Outcome<OrderView> outage = service.place(command("key-1", hold, "4242424242424242"));

        assertThat(code(outage)).isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");
        assertThat(((Outcome.Rejected<OrderView>) outage).rejection().retryAfter()).isPresent();
        assertThat(keys.find(ANN, new IdempotencyKey("key-1"))).as("kept, bound to its request")
                .hasValueSatisfying(key -> assertThat(key.state()).isEqualTo(OrderRequestKey.State.IN_PROGRESS));
        assertThat(payments.rows()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("PENDING"));
        assertThat(code(service.place(command("key-2", hold, "4242424242424242")))).isEqualTo("PAYMENT_IN_PROGRESS");

        assertThat(code(service.place(command("key-1", hold, "5555555555554444"))))
                .as("the released key with another card: the attempt may have been charged, so never re-asked")
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        accepted(service.place(command("key-1", hold, "4242424242424242")));
        assertThat(payments.rows()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("CAPTURED"));
        assertThat(provider.charged()).hasSize(1);
    }

    @Test
    void aKeyAnswered503CannotPayAnotherHoldButTheSameRequestMayRetryAtOnce() {
        Hold hold = seatHold();
        provider.next(new PaymentResult.Failed("processing_error", true));
        assertThat(code(service.place(command("key-1", hold, "4242424242424242"))))
                .isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");

        assertThat(code(service.place(command("key-1", seatHold(), "4242424242424242"))))
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(provider.charged()).isEmpty();

        accepted(service.place(command("key-1", hold, "4242424242424242")));
        assertThat(provider.charged()).hasSize(1);
    }

    @Test
    void aFinalFailureIsAnsweredPaymentFailedAndKeptOnTheKey() {
        Hold hold = seatHold();
        provider.next(new PaymentResult.Failed("idempotency_error", false));

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("PAYMENT_FAILED");
        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("PAYMENT_FAILED");
        assertThat(payments.rows()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("FAILED"));
    }

    @Test
    void aHoldThatExpiresWhileTheCardIsChargedIsNeverTicketedAndTheCaptureIsRefundedInFull() {
        Hold hold = seatHold();
        provider.duringCharge(() -> clock.set(hold.expiresAt().plusSeconds(1)));

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("HOLD_EXPIRED");

        assertThat(orders.orderCount()).isZero();
        assertThat(provider.refunded()).singleElement().satisfies(r -> assertThat(r.amount()).isEqualTo(eur(5000)));
        assertThat(payments.refunds()).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RefundCause.LATE_PAYMENT);
            assertThat(r.state()).isEqualTo("SUCCEEDED");
        });
        assertThat(payments.rows()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo("CAPTURED");
            assertThat(r.order()).isEmpty();
        });
        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("HOLD_EXPIRED");
        assertThat(provider.charged()).hasSize(1);
    }

    @Test
    void aRequestAnswered503WhoseChargeWentThroughIsRefundedInFullWhenRetriedAfterItsHoldLapsed() {
        Hold hold = seatHold();
        provider.capturesButTimesOut();
        assertThat(code(service.place(command("key-1", hold, "4242424242424242"))))
                .isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");
        clock.set(hold.expiresAt().plusSeconds(1));

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("HOLD_EXPIRED");

        assertThat(provider.charged()).as("asked again under the same key: never a second charge").hasSize(1);
        assertThat(orders.orderCount()).isZero();
        assertThat(payments.rows()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo("CAPTURED");
            assertThat(r.order()).isEmpty();
        });
        assertThat(payments.refunds()).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RefundCause.LATE_PAYMENT);
            assertThat(r.state()).isEqualTo("SUCCEEDED");
        });
        assertThat(provider.refunded()).singleElement().satisfies(r -> assertThat(r.amount()).isEqualTo(eur(5000)));
        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("HOLD_EXPIRED");
        assertThat(provider.refunded()).hasSize(1);
    }

    @Test
    void aRequestAnswered503IsTicketedWhenRetriedIfItsHoldIsStillPayable() {
        Hold hold = seatHold();
        provider.capturesButTimesOut();
        assertThat(code(service.place(command("key-1", hold, "4242424242424242"))))
                .isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");

        accepted(service.place(command("key-1", hold, "4242424242424242")));

        assertThat(provider.charged()).hasSize(1);
        assertThat(payments.rows()).singleElement().satisfies(r -> assertThat(r.order()).isPresent());
    }

    @Test
    void aSlowTryWhoseRequestWasTakenOverAndSettledElsewhereNeitherRefundsNorAnswersForIt() {
        Hold hold = seatHold();
        provider.duringCharge(() -> {
            InMemoryPayments.Row pending = payments.rows().get(0);
            payments.captured(pending.attempt(), new PaymentResult.Captured(new app.marquee.domain.payment.PaymentId(
                    "pi_other"), eur(5000), pending.attempt().card()), Optional.empty(), NOW);
            clock.set(hold.expiresAt().plusSeconds(1));
        });

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("IDEMPOTENCY_KEY_IN_USE");

        assertThat(provider.refunded()).isEmpty();
        assertThat(payments.refunds()).isEmpty();
    }

    @Test
    void aSlowTryWhoseAttemptWasSettledMeanwhileAnswersKeyInUseRatherThanFailing() {
        Hold hold = seatHold();
        provider.duringCharge(() -> settleElsewhere(payments.rows().get(0)));

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("IDEMPOTENCY_KEY_IN_USE");

        assertThat(provider.refunded()).isEmpty();
    }

    @Test
    void aSlowTryToldOfADeclineAfterItsAttemptWasSettledElsewhereNeitherOverwritesItNorRefusesTheKey() {
        Hold hold = seatHold();
        provider.next(new PaymentResult.Declined(DeclineReason.CARD_DECLINED));
        provider.duringCharge(() -> settleElsewhere(payments.rows().get(0)));

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("IDEMPOTENCY_KEY_IN_USE");

        assertThat(payments.rows()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("CAPTURED"));
        assertThat(keys.find(ANN, new IdempotencyKey("key-1")).orElseThrow().state())
                .isEqualTo(OrderRequestKey.State.IN_PROGRESS);
    }

    private void settleElsewhere(InMemoryPayments.Row pending) {
        payments.captured(pending.attempt(), new PaymentResult.Captured(new app.marquee.domain.payment.PaymentId(
                "pi_other"), pending.attempt().amount(), pending.attempt().card()), Optional.empty(), NOW);
    }

    @Test
    void aShowCancelledWhileTheCardIsChargedIsNeverTicketedAndTheCaptureIsRefundedInFull() {
        Hold hold = seatHold();
        provider.duringCharge(() -> shows.updateLifecycle(accepted(shows.byId(show.id()).orElseThrow()
                .cancel(clock.instant()))));

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("SHOW_CANCELLED");

        assertThat(orders.orderCount()).isZero();
        assertThat(provider.refunded()).singleElement().satisfies(r -> assertThat(r.amount()).isEqualTo(eur(5000)));
        assertThat(payments.rows()).singleElement().satisfies(r -> assertThat(r.order()).isEmpty());
    }

    @Test
    void aHoldReleasedWhileTheCardIsChargedIsAnsweredNotActiveAndTheCaptureRefundedInFull() {
        Hold hold = seatHold();
        provider.duringCharge(() -> orders.put(Hold.rehydrate(hold.id(), show.id(), ANN, HoldKind.PURCHASE,
                hold.items(), Optional.empty(), NOW.minusSeconds(60), hold.expiresAt(), HoldState.RELEASED)));

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("HOLD_NOT_ACTIVE");

        assertThat(orders.orderCount()).isZero();
        assertThat(provider.refunded()).singleElement().satisfies(r -> assertThat(r.amount()).isEqualTo(eur(5000)));
    }

    @Test
    void aHoldWhoseSeatsWereTakenMeanwhileRollsBackAndIsRefunded() {
        Hold hold = seatHold();
        orders.seatsTakenFrom(hold.id());

        assertThat(code(service.place(command("key-1", hold, "4242424242424242")))).isEqualTo("HOLD_EXPIRED");

        assertThat(orders.orderCount()).isZero();
        assertThat(provider.refunded()).hasSize(1);
    }

    @Test
    void aFreeHoldBecomesAnOrderWithoutAskingTheProvider() {
        Hold hold = hold(HoldItem.seat(SeatId.newId(), category1.id(), eur(0)));

        OrderView view = accepted(service.place(command("key-1", hold, "4242424242424242")));

        assertThat(view.order().total()).isEqualTo(eur(0));
        assertThat(view.card()).isEmpty();
        assertThat(provider.charged()).isEmpty();
        assertThat(payments.rows()).isEmpty();
    }

    @Test
    void anotherBuyersHoldIsNotFoundAndAnExpiredOneIsRefusedBeforeAnyCharge() {
        Hold hold = seatHold();
        Command stranger = new Command(AccountId.newId(), new IdempotencyKey("key-9"), hold.id(), card("4242424242424242"));

        assertThat(code(service.place(stranger))).isEqualTo("HOLD_NOT_FOUND");
        assertThat(code(service.place(command("key-2", HoldId.newId(), "4242424242424242")))).isEqualTo("HOLD_NOT_FOUND");
        clock.set(hold.expiresAt());
        assertThat(code(service.place(command("key-3", hold, "4242424242424242")))).isEqualTo("HOLD_EXPIRED");
        assertThat(provider.charged()).isEmpty();
    }

    private Hold seatHold() {
        return hold(HoldItem.seat(SeatId.newId(), category1.id(), eur(5000)));
    }

    private Hold hold(HoldItem... items) {
        return orders.put(Hold.rehydrate(HoldId.newId(), show.id(), ANN, HoldKind.PURCHASE, List.of(items),
                Optional.empty(), NOW.minusSeconds(60), NOW.plusSeconds(540), HoldState.ACTIVE));
    }

    private Command command(String key, Hold hold, String number) {
        return command(key, hold.id(), number);
    }

    private Command command(String key, HoldId hold, String number) {
        return new Command(ANN, new IdempotencyKey(key), hold, card(number));
    }

    private Card card(String number) {
        return accepted(Card.given(number, 12, 2030, "123", NOW));
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    private static <T> T accepted(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Rejected<T> rejected) {
            throw new AssertionError("rejected: " + rejected.rejection());
        }
        return ((Outcome.Accepted<T>) outcome).value();
    }

    private static String code(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection().code();
    }
}
