package app.marquee.application.sales.refund.service;

import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.refund.CancelledOrder;
import app.marquee.application.sales.refund.RefundStatus;
import app.marquee.application.sales.refund.fakes.SalesDesk;
import app.marquee.application.sales.refund.port.in.CancelOrderUseCase.Command;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.RefundResult;
import app.marquee.domain.sales.order.OrderState;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.order.TicketState;
import app.marquee.domain.sales.refund.RefundPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static app.marquee.application.sales.refund.fakes.SalesDesk.STARTS;
import static app.marquee.application.sales.refund.fakes.SalesDesk.accepted;
import static app.marquee.application.sales.refund.fakes.SalesDesk.code;
import static app.marquee.application.sales.refund.fakes.SalesDesk.eur;
import static org.assertj.core.api.Assertions.assertThat;

class CancelOrderServiceTest {
    private static final AccountId ANN = AccountId.newId();
    private final SalesDesk desk = new SalesDesk();

    @Test
    void aBuyerCancellingNineDaysAheadIsRefundedEverythingAtOnceUnderTheRefundsOwnKey() {
        OrderView order = desk.paidOrder(ANN, 5000);

        CancelledOrder cancelled = accepted(service(RefundPolicy.DEFAULT).cancel(new Command(order.order().id(), ANN)));

        assertThat(cancelled.quote().percent()).isEqualTo(100);
        assertThat(cancelled.quote().amount()).isEqualTo(eur(5000));
        assertThat(cancelled.refund()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(cancelled.order().order().state()).isEqualTo(OrderState.CANCELLED);
        assertThat(cancelled.order().tickets()).allSatisfy(t -> assertThat(t.labelled().ticket().state())
                .isEqualTo(TicketState.VOID));
        assertThat(desk.payments.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.cause()).isEqualTo(RefundCause.BUYER_CANCELLED);
            assertThat(refund.state()).isEqualTo("SUCCEEDED");
            assertThat(desk.provider.refunded()).singleElement().satisfies(asked -> {
                assertThat(asked.amount()).isEqualTo(eur(5000));
                assertThat(asked.idempotencyKey()).isEqualTo(PaymentAttempt.refundKey(refund.id()));
            });
        });
    }

    @Test
    void betweenFortyEightAndTwoHoursAheadHalfComesBackAndLaterNothingChanges() {
        OrderView early = desk.paidOrder(ANN, 5001);
        OrderView late = desk.paidOrder(ANN, 5000);
        desk.clock.set(STARTS.minus(Duration.ofHours(3)));

        CancelledOrder half = accepted(service(RefundPolicy.DEFAULT).cancel(new Command(early.order().id(), ANN)));
        assertThat(half.quote().percent()).isEqualTo(50);
        assertThat(half.quote().amount()).as("rounded down").isEqualTo(eur(2500));

        desk.clock.set(STARTS.minus(Duration.ofMinutes(119)));
        assertThat(code(service(RefundPolicy.DEFAULT).cancel(new Command(late.order().id(), ANN))))
                .isEqualTo("NOT_REFUNDABLE");
        assertThat(late.order().state()).isEqualTo(OrderState.PAID);
        assertThat(desk.refunds.isCancelled(late.order().id())).isFalse();
        assertThat(desk.provider.refunded()).hasSize(1);
    }

    @Test
    void theConfiguredTiersDecide() {
        OrderView order = desk.paidOrder(ANN, 5000);

        assertThat(code(service(RefundPolicy.parse("10d:100")).cancel(new Command(order.order().id(), ANN))))
                .isEqualTo("NOT_REFUNDABLE");
        assertThat(accepted(service(RefundPolicy.parse("10d:100,5d:80")).cancel(new Command(order.order().id(), ANN)))
                .quote().amount()).isEqualTo(eur(4000));
    }

    @Test
    void anotherBuyersOrderOrAnUnknownOneIsNotFoundAndACancelledOneIsAlreadyCancelled() {
        OrderView order = desk.paidOrder(ANN, 5000);
        CancelOrderService service = service(RefundPolicy.DEFAULT);

        assertThat(code(service.cancel(new Command(order.order().id(), AccountId.newId())))).isEqualTo("ORDER_NOT_FOUND");
        assertThat(code(service.cancel(new Command(new app.marquee.domain.sales.order.OrderId(UUID.randomUUID()), ANN))))
                .isEqualTo("ORDER_NOT_FOUND");
        accepted(service.cancel(new Command(order.order().id(), ANN)));
        assertThat(code(service.cancel(new Command(order.order().id(), ANN)))).isEqualTo("ORDER_ALREADY_CANCELLED");
        assertThat(desk.provider.refunded()).hasSize(1);
    }

    @Test
    void theLoserOfTwoCancellationsRacingInTheStoreIsToldItIsAlreadyCancelledAndRefundsNothing() {
        OrderView order = desk.paidOrder(ANN, 5000);
        desk.refunds.cancelledElsewhere(order.order().id());

        assertThat(code(service(RefundPolicy.DEFAULT).cancel(new Command(order.order().id(), ANN))))
                .isEqualTo("ORDER_ALREADY_CANCELLED");
        assertThat(desk.payments.refunds()).isEmpty();
        assertThat(desk.provider.refunded()).isEmpty();
    }

    @Test
    void aFreeOrderIsCancelledWithoutAnyRefund() {
        OrderView order = desk.paidOrder(ANN, 0);

        CancelledOrder cancelled = accepted(service(RefundPolicy.DEFAULT).cancel(new Command(order.order().id(), ANN)));

        assertThat(cancelled.refund()).isEqualTo(RefundStatus.NONE);
        assertThat(desk.payments.refunds()).isEmpty();
        assertThat(desk.provider.refunded()).isEmpty();
    }

    @Test
    void whenTheProviderIsDownTheRefundStaysPendingAndTheDispatcherSendsItOnceTheBackoffIsOver() {
        OrderView order = desk.paidOrder(ANN, 5000);
        desk.provider.nextRefund(new RefundResult.Failed("timeout", true));

        CancelledOrder cancelled = accepted(service(RefundPolicy.DEFAULT).cancel(new Command(order.order().id(), ANN)));
        assertThat(cancelled.refund()).isEqualTo(RefundStatus.PENDING);
        assertThat(cancelled.order().order().state()).isEqualTo(OrderState.CANCELLED);

        SendRefundsService dispatcher = new SendRefundsService(desk.refunds, desk.sender, desk.clock);
        assertThat(dispatcher.sendNextBatch()).as("backing off for 30 s").isZero();
        desk.provider.nextRefund(new RefundResult.Failed("timeout", true));
        desk.clock.advance(Duration.ofSeconds(30));
        assertThat(dispatcher.sendNextBatch()).isEqualTo(1);
        desk.clock.advance(Duration.ofSeconds(59));
        assertThat(dispatcher.sendNextBatch()).as("then for 60 s").isZero();
        desk.clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.sendNextBatch()).isEqualTo(1);

        assertThat(desk.payments.refunds()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("SUCCEEDED"));
        assertThat(desk.provider.refunded()).hasSize(3).extracting(r -> r.idempotencyKey()).containsOnly(
                desk.provider.refunded().get(0).idempotencyKey());
        assertThat(dispatcher.sendNextBatch()).isZero();
    }

    @Test
    void aRefundTheProviderRefusesForGoodIsFailedAndNeverAskedAgain() {
        OrderView order = desk.paidOrder(ANN, 5000);
        desk.provider.nextRefund(new RefundResult.Failed("charge_already_refunded", false));

        assertThat(accepted(service(RefundPolicy.DEFAULT).cancel(new Command(order.order().id(), ANN))).refund())
                .isEqualTo(RefundStatus.FAILED);
        desk.clock.advance(Duration.ofHours(2));
        assertThat(new SendRefundsService(desk.refunds, desk.sender, desk.clock).sendNextBatch()).isZero();
    }

    private CancelOrderService service(RefundPolicy policy) {
        return new CancelOrderService(desk.orders, desk.shows, policy, new CancellationBookkeeping(desk.refunds,
                desk.refunds), desk.refunds, desk.sender, desk.views, desk.clock);
    }
}
