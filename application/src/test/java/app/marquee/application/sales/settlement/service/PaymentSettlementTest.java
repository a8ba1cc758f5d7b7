package app.marquee.application.sales.settlement.service;

import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.refund.fakes.SalesDesk;
import app.marquee.application.sales.settlement.Settled;
import app.marquee.application.sales.settlement.port.in.HandlePaymentWebhookUseCase.Call;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentEvent;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.WebhookVerdict;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.order.SettleAfter;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static app.marquee.application.sales.refund.fakes.SalesDesk.accepted;
import static app.marquee.application.sales.refund.fakes.SalesDesk.code;
import static app.marquee.application.sales.refund.fakes.SalesDesk.eur;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentSettlementTest {
    private static final AccountId ANN = AccountId.newId();
    private final SalesDesk desk = new SalesDesk();
    private final PaymentSettlement settlement = new PaymentSettlement(new SettlementBookkeeping(desk.orders,
            desk.shows, desk.making, desk.payments), desk.payments, desk.refunds, desk.sender, desk.clock);
    private PaymentEvent told = new PaymentEvent.Ignored("evt_0", "customer.created");
    private WebhookVerdict verdict = WebhookVerdict.AUTHENTIC;
    private final HandlePaymentWebhookService webhook = new HandlePaymentWebhookService((payload, signature) -> verdict,
            payload -> told, desk.payments, settlement);

    @Test
    void aPaymentConfirmedWhileItsHoldStillLivesBecomesTheOrder() {
        Hold hold = desk.seatHold(ANN, 5000);
        PaymentAttempt attempt = pendingAttempt(hold);
        told = succeeded(attempt, attempt.amount());

        assertThat(accepted(webhook.handle(call()))).contains(Settled.ORDER_MADE);

        assertThat(desk.orders.stateOf(hold.id())).isEqualTo(HoldState.CONVERTED);
        assertThat(desk.orders.orderCount()).isEqualTo(1);
        assertThat(desk.payments.rows()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo("CAPTURED");
            assertThat(row.order()).isPresent();
            assertThat(row.capture().orElseThrow().card()).as("the card the attempt recorded").isEqualTo(attempt.card());
        });
        assertThat(accepted(webhook.handle(call()))).as("a replay changes nothing").isEmpty();
        assertThat(desk.orders.orderCount()).isEqualTo(1);
    }

    @Test
    void theBuyerSendingTheSameRequestAgainAfterTheWebhookSettledItIsAnsweredItsOrderWithoutAnotherCharge() {
        Hold hold = desk.seatHold(ANN, 5000);
        desk.provider.next(new PaymentResult.Failed("timeout", true));
        app.marquee.application.sales.order.port.in.PlaceOrderUseCase.Command request = desk.request(ANN, hold);
        assertThat(code(desk.place(request))).isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");
        PaymentAttempt attempt = desk.payments.rows().get(0).attempt();
        told = succeeded(attempt, attempt.amount());
        assertThat(accepted(webhook.handle(call()))).contains(Settled.ORDER_MADE);

        OrderView answered = accepted(desk.place(request));

        assertThat(answered.order().hold()).isEqualTo(hold.id());
        assertThat(desk.provider.charged()).isEmpty();
        assertThat(accepted(desk.place(request)).order().id()).as("and from its key since")
                .isEqualTo(answered.order().id());
    }

    @Test
    void aPaymentConfirmedAfterItsHoldLapsedIsRefundedInFullAndNeverTicketed() {
        Hold hold = desk.seatHold(ANN, 5000);
        PaymentAttempt attempt = pendingAttempt(hold);
        desk.clock.advance(Duration.ofMinutes(15));
        told = new PaymentEvent.Succeeded("evt_1", new PaymentId("pi_late"), attempt.amount(), Optional.empty(),
                Optional.of(attempt.reference()));

        assertThat(accepted(webhook.handle(call()))).as("found by its reference").contains(Settled.REFUNDED);

        assertThat(desk.orders.orderCount()).isZero();
        assertThat(desk.payments.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.cause()).isEqualTo(RefundCause.LATE_PAYMENT);
            assertThat(refund.amount()).isEqualTo(eur(5000));
            assertThat(refund.state()).isEqualTo("SUCCEEDED");
        });
        assertThat(desk.provider.refunded()).singleElement().satisfies(r -> assertThat(r.payment().value())
                .isEqualTo("pi_late"));
        assertThat(accepted(webhook.handle(call()))).as("a replay refunds nothing more").isEmpty();
        assertThat(desk.provider.refunded()).hasSize(1);
    }

    @Test
    void aCallThatIsNotAuthenticIsRefusedAndNothingHappens() {
        PaymentAttempt attempt = pendingAttempt(desk.seatHold(ANN, 5000));
        told = succeeded(attempt, attempt.amount());
        verdict = WebhookVerdict.SIGNATURE_MISMATCH;

        assertThat(code(webhook.handle(call()))).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
        assertThat(desk.payments.rows()).singleElement().satisfies(row -> assertThat(row.state()).isEqualTo("PENDING"));
    }

    @Test
    void aFailedPaymentIsRecordedAndOtherEventsOrOtherAmountsAreIgnored() {
        PaymentAttempt attempt = pendingAttempt(desk.seatHold(ANN, 5000));
        told = succeeded(attempt, eur(1));
        assertThat(accepted(webhook.handle(call()))).isEmpty();
        told = new PaymentEvent.Ignored("evt_2", "charge.dispute.created");
        assertThat(accepted(webhook.handle(call()))).isEmpty();
        assertThat(desk.payments.rows()).singleElement().satisfies(row -> assertThat(row.state()).isEqualTo("PENDING"));

        told = new PaymentEvent.Failed("evt_3", Optional.of(attempt.providerKey()), Optional.empty(), "card_declined");
        assertThat(accepted(webhook.handle(call()))).contains(Settled.NOT_PAID);
        assertThat(desk.payments.rows()).singleElement().satisfies(row -> assertThat(row.state()).isEqualTo("FAILED"));
    }

    @Test
    void theSettlingJobAsksTheProviderOnlyAboutAttemptsPendingLongerThanTheDelay() {
        PaymentAttempt attempt = pendingAttempt(desk.seatHold(ANN, 5000));
        PaymentResult[] answer = {new PaymentResult.Declined(DeclineReason.CARD_DECLINED)};
        SettlePaymentsService job = new SettlePaymentsService(desk.payments, (key, amount, reference) -> {
            assertThat(key).isEqualTo(attempt.providerKey());
            return answer[0];
        }, settlement, new SettleAfter(Duration.ofMinutes(2)), desk.clock);

        assertThat(job.settleNextBatch()).isZero();
        desk.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        assertThat(job.settleNextBatch()).isEqualTo(1);

        assertThat(desk.payments.rows()).singleElement().satisfies(row -> assertThat(row.state()).isEqualTo("DECLINED"));
        assertThat(job.settleNextBatch()).isZero();
    }

    /** The buyer's card was charged but the provider did not answer: the attempt is PENDING. */
    private PaymentAttempt pendingAttempt(Hold hold) {
        desk.provider.next(new PaymentResult.Failed("timeout", true));
        Outcome<OrderView> unanswered = desk.pay(ANN, hold);
        assertThat(code(unanswered)).isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");
        return desk.payments.rows().get(desk.payments.rows().size() - 1).attempt();
    }

    private static PaymentEvent.Succeeded succeeded(PaymentAttempt attempt, Money amount) {
        return new PaymentEvent.Succeeded("evt_1", new PaymentId("pi_1"), amount, Optional.of(attempt.providerKey()),
                Optional.empty());
    }

    private static Call call() {
        return new Call("{}".getBytes(StandardCharsets.UTF_8), "t=1,v1=00");
    }
}
