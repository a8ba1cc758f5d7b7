package app.marquee.adapter.payment.stripe;

import app.marquee.adapter.payment.Cards;
import app.marquee.adapter.payment.LogCapture;
import app.marquee.domain.payment.CapturedPayment;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundRequest;
import app.marquee.domain.payment.RefundResult;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static app.marquee.adapter.payment.Cards.charge;
import static org.assertj.core.api.Assertions.assertThat;

class StripePaymentGatewayTest {
    private static final String SECRET_KEY = "sk_test_51LocalStripeSecretKeyForTests";
    private LocalStripe stripe;
    private StripePaymentGateway gateway;

    @BeforeEach
    void start() throws IOException {
        stripe = new LocalStripe();
        gateway = new StripePaymentGateway(new StripeSettings(stripe.baseUrl(), SECRET_KEY, Duration.ofMillis(700)));
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void createsAndConfirmsOnePaymentIntentWithTheTestPaymentMethodOfTheCard() {
        PaymentResult result = gateway.charge(charge("order-1", 4500, Cards.VISA));

        assertThat(result).isInstanceOfSatisfying(PaymentResult.Captured.class, captured -> {
            assertThat(captured.paymentId().value()).startsWith("pi_3Test");
            assertThat(captured.amount()).isEqualTo(Money.of(4500, "EUR"));
            assertThat(captured.card().toString()).isEqualTo("VISA **** 4242");
        });
        LocalStripe.Received request = stripe.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/payment_intents");
        assertThat(request.headers()).containsEntry("authorization", "Bearer " + SECRET_KEY)
                .containsEntry("idempotency-key", "order-1")
                .containsEntry("content-type", "application/x-www-form-urlencoded");
        assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of("amount", "4500", "currency", "eur",
                "confirm", "true", "payment_method", "pm_card_visa", "payment_method_types[]", "card",
                "error_on_requires_action", "true", "description", "order-order-1",
                "metadata[reference]", "order-order-1", "metadata[payment_key]", "order-1"));
    }

    @Test
    void aDeclineCarriesStripesDeclineCode() {
        assertThat(gateway.charge(charge("k1", 4500, Cards.INSUFFICIENT_FUNDS)))
                .isEqualTo(new PaymentResult.Declined(DeclineReason.INSUFFICIENT_FUNDS));
        assertThat(gateway.charge(charge("k2", 4500, Cards.DECLINED)))
                .isEqualTo(new PaymentResult.Declined(DeclineReason.CARD_DECLINED));
        assertThat(gateway.charge(charge("k3", 4500, "4000000000000069")))
                .isEqualTo(new PaymentResult.Declined(DeclineReason.EXPIRED_CARD));
        assertThat(stripe.received()).extracting(r -> r.form().get("payment_method")).containsExactly(
                "pm_card_visa_chargeDeclinedInsufficientFunds", "pm_card_visa_chargeDeclined",
                "pm_card_chargeDeclinedExpiredCard");
    }

    @Test
    void aProcessingErrorIsAFailureWorthRetrying() {
        assertThat(gateway.charge(charge("k1", 4500, Cards.PROCESSING_ERROR)))
                .isEqualTo(new PaymentResult.Failed("processing_error", true));
    }

    @Test
    void stripesOwnErrorsAndTimeoutsAreRetryableFailures() {
        stripe.answerNext(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong on Stripe's end.\"}}");
        assertThat(gateway.charge(charge("k1", 4500, Cards.VISA)))
                .isEqualTo(new PaymentResult.Failed("stripe_unavailable 500", true));

        stripe.stallNext(Duration.ofMillis(1500));
        assertThat(gateway.charge(charge("k2", 4500, Cards.VISA))).isEqualTo(new PaymentResult.Failed("timeout", true));

        stripe.answerNext(502, "<html>Bad gateway</html>");
        assertThat(gateway.charge(charge("k3", 4500, Cards.VISA)))
                .isEqualTo(new PaymentResult.Failed("unreadable_reply 502", true));
    }

    @Test
    void aKeyStillInFlightAtStripeIsAFailureWorthRetryingNotAFinalOne() {
        stripe.answerNext(409, "{\"error\":{\"type\":\"idempotency_error\",\"message\":\"There is currently another "
                + "in-progress request using this Idempotent Key (that probably means you submitted twice, and the other "
                + "request is still going through): order-9.\"}}");

        assertThat(gateway.charge(charge("order-9", 4500, Cards.VISA)))
                .isEqualTo(new PaymentResult.Failed("idempotency_key_in_flight", true));
    }

    @Test
    void aWrongKeyIsAFailureNoRetryFixes() {
        stripe.answerNext(401, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key provided\"}}");

        assertThat(gateway.charge(charge("k1", 4500, Cards.VISA)))
                .isEqualTo(new PaymentResult.Failed("stripe_authentication_failed", false));
    }

    @Test
    void retryingWithTheSameKeyGetsStripesFirstAnswerAndChargesOnce() {
        stripe.stallNext(Duration.ofMillis(1500));
        PaymentResult lost = gateway.charge(charge("order-9", 4500, Cards.VISA));
        PaymentResult retried = gateway.charge(charge("order-9", 4500, Cards.VISA));
        PaymentResult again = gateway.charge(charge("order-9", 4500, Cards.VISA));

        assertThat(lost).isEqualTo(new PaymentResult.Failed("timeout", true));
        assertThat(retried).isInstanceOf(PaymentResult.Captured.class).isEqualTo(again);
        assertThat(stripe.received()).hasSize(3).allSatisfy(request ->
                assertThat(request.headers()).containsEntry("idempotency-key", "order-9"));
        assertThat(stripe.created()).as("PaymentIntents made").isEqualTo(1);
        assertThat(gateway.charge(charge("order-9", 9900, Cards.VISA)))
                .isEqualTo(new PaymentResult.Failed("idempotency_key_reused", false));
    }

    @Test
    void aCardWithoutATestPaymentMethodIsDeclinedWithoutCallingStripe() {
        assertThat(gateway.charge(charge("k1", 4500, "4012888888881881")))
                .isEqualTo(new PaymentResult.Declined(DeclineReason.CARD_NOT_SUPPORTED));
        assertThat(stripe.received()).isEmpty();
    }

    @Test
    void refundsThePaymentIntentOnceByKey() {
        PaymentResult.Captured captured = (PaymentResult.Captured) gateway.charge(charge("k1", 4500, Cards.VISA));
        RefundRequest half = refund(captured.toCapturedPayment(), 2250, "k1-refund");

        RefundResult first = gateway.refund(half);

        assertThat(first).isInstanceOfSatisfying(Refund.class, refund -> {
            assertThat(refund.id().value()).startsWith("re_3Test");
            assertThat(refund.amount()).isEqualTo(Money.of(2250, "EUR"));
            assertThat(refund.payment()).isEqualTo(captured.paymentId());
        });
        LocalStripe.Received request = stripe.received().get(1);
        assertThat(request.path()).isEqualTo("/v1/refunds");
        assertThat(request.headers()).containsEntry("idempotency-key", "k1-refund")
                .containsEntry("authorization", "Bearer " + SECRET_KEY);
        assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of("payment_intent",
                captured.paymentId().value(), "amount", "2250"));
        assertThat(gateway.refund(half)).isEqualTo(first);
    }

    @Test
    void aRefundStripeRefusesIsAFailureForAPersonToLookAt() {
        CapturedPayment payment = CapturedPayment.of(new PaymentId("pi_3Old"), Money.of(4500, "EUR"));
        gateway.refund(refund(payment, 4500, "r1"));

        assertThat(gateway.refund(refund(payment, 4500, "r2"))).isEqualTo(
                new RefundResult.Failed("stripe_refused 400 invalid_request_error charge_already_refunded", false));
    }

    @Test
    void neitherTheRequestsNorTheLogsHoldTheCardNumberTheSecurityCodeOrTheSecretKey() {
        try (LogCapture logs = new LogCapture()) {
            gateway.charge(charge("k1", 4500, Cards.VISA));
            gateway.charge(charge("k2", 4500, Cards.INSUFFICIENT_FUNDS));
            gateway.charge(charge("k3", 4500, "4012888888881881"));
            stripe.answerNext(500, "{\"error\":{\"type\":\"api_error\"}}");
            gateway.charge(charge("k4", 4500, Cards.VISA));

            assertThat(stripe.received()).isNotEmpty().allSatisfy(request -> assertThat(request.body())
                    .doesNotContain(Cards.VISA).doesNotContain(Cards.INSUFFICIENT_FUNDS).doesNotContain(Cards.CVC));
            assertThat(logs.lines()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(line -> assertThat(line)
                    .doesNotContain(Cards.VISA).doesNotContain(Cards.INSUFFICIENT_FUNDS)
                    .doesNotContain("4012888888881881").doesNotContain(Cards.CVC).doesNotContain(SECRET_KEY));
            assertThat(String.join("\n", logs.lines())).contains("VISA **** 4242").contains("req_local_");
        }
    }

    @Test
    void settingsNeverPrintTheSecretKey() {
        StripeSettings settings = new StripeSettings(stripe.baseUrl(), SECRET_KEY, Duration.ofSeconds(5));

        assertThat(settings.toString()).doesNotContain(SECRET_KEY).contains("test key (redacted)");
        assertThat(settings.testMode()).isTrue();
    }

    private static RefundRequest refund(CapturedPayment payment, long cents, String key) {
        Outcome<RefundRequest> outcome = payment.refund(Money.of(cents, "EUR"), new IdempotencyKey(key));
        return ((Outcome.Accepted<RefundRequest>) outcome).value();
    }
}
