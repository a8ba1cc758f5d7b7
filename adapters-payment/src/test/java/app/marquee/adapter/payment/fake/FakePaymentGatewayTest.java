package app.marquee.adapter.payment.fake;

import app.marquee.adapter.payment.Cards;
import app.marquee.adapter.payment.LogCapture;
import app.marquee.domain.payment.CapturedPayment;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundRequest;
import app.marquee.domain.payment.RefundResult;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static app.marquee.adapter.payment.Cards.charge;
import static org.assertj.core.api.Assertions.assertThat;

class FakePaymentGatewayTest {
    private final FakePaymentGateway gateway = new FakePaymentGateway();

    @Test
    void capturesWithTheSuccessfulTestCardAndKeepsOnlyItsBrandAndLastFour() {
        PaymentResult result = gateway.charge(charge("k1", 4500, Cards.VISA));

        assertThat(result).isInstanceOfSatisfying(PaymentResult.Captured.class, captured -> {
            assertThat(captured.paymentId().value()).startsWith("pi_fake_");
            assertThat(captured.amount()).isEqualTo(Money.of(4500, "EUR"));
            assertThat(captured.card().toString()).isEqualTo("VISA **** 4242");
        });
    }

    @Test
    void aLookupAnswersWhatWasChargedUnderTheKeyAndNeverChargesAgain() {
        PaymentResult captured = gateway.charge(charge("k-look", 4500, Cards.VISA));
        gateway.charge(charge("k-down", 4500, Cards.PROCESSING_ERROR));

        assertThat(gateway.lookUp(new IdempotencyKey("k-look"), Money.of(4500, "EUR"), "ref")).isEqualTo(captured);
        assertThat(gateway.lookUp(new IdempotencyKey("k-down"), Money.of(4500, "EUR"), "ref"))
                .as("a processing error took nothing").isEqualTo(new PaymentResult.Failed("no_payment", false));
        assertThat(gateway.lookUp(new IdempotencyKey("k-never"), Money.of(4500, "EUR"), "ref"))
                .isEqualTo(new PaymentResult.Failed("no_payment", false));
    }

    @Test
    void declinesOrFailsAsStripesTestCardsDo() {
        assertThat(gateway.charge(charge("k1", 4500, Cards.DECLINED)))
                .isEqualTo(new PaymentResult.Declined(DeclineReason.CARD_DECLINED));
        assertThat(gateway.charge(charge("k2", 4500, Cards.INSUFFICIENT_FUNDS)))
                .isEqualTo(new PaymentResult.Declined(DeclineReason.INSUFFICIENT_FUNDS));
        assertThat(gateway.charge(charge("k3", 4500, Cards.PROCESSING_ERROR)))
                .isEqualTo(new PaymentResult.Failed("processing_error", true));
        assertThat(gateway.charge(charge("k4", 4500, "4000000000000069")))
                .isEqualTo(new PaymentResult.Declined(DeclineReason.EXPIRED_CARD));
    }

    @Test
    void capturesAnyOtherValidNumber() {
        assertThat(gateway.charge(charge("k1", 4500, "5555555555554444"))).isInstanceOf(PaymentResult.Captured.class);
        assertThat(gateway.charge(charge("k2", 4500, "378282246310005"))).isInstanceOf(PaymentResult.Captured.class);
    }

    @Test
    void theSameKeyGivesTheSameResultOnEveryInstanceAndAnotherRequestUnderItIsRefused() {
        PaymentResult first = gateway.charge(charge("order-7", 4500, Cards.VISA));

        assertThat(gateway.charge(charge("order-7", 4500, Cards.VISA))).isEqualTo(first);
        assertThat(new FakePaymentGateway().charge(charge("order-7", 4500, Cards.VISA))).isEqualTo(first);
        assertThat(gateway.charge(charge("order-7", 9900, Cards.VISA)))
                .isEqualTo(new PaymentResult.Failed("idempotency_key_reused", false));
        assertThat(gateway.charge(charge("order-8", 4500, Cards.VISA))).isNotEqualTo(first);
    }

    @Test
    void aKeyRaceAnswersEveryoneWithOneResult() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<PaymentResult>> calls = IntStream.range(0, 32)
                    .<Callable<PaymentResult>>mapToObj(i -> () -> gateway.charge(charge("race", 4500, Cards.VISA)))
                    .toList();
            List<PaymentResult> results = pool.invokeAll(calls).stream().map(FakePaymentGatewayTest::get).toList();

            assertThat(results).hasSize(32).containsOnly(results.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void remembersABoundedNumberOfKeys() {
        FakePaymentGateway small = new FakePaymentGateway(2);
        small.charge(charge("a", 100, Cards.VISA));
        small.charge(charge("b", 100, Cards.VISA));
        small.charge(charge("c", 100, Cards.VISA));

        // "a" was forgotten: another request under it is no longer recognised as a reuse.
        assertThat(small.charge(charge("a", 200, Cards.VISA))).isInstanceOf(PaymentResult.Captured.class);
        assertThat(small.charge(charge("c", 200, Cards.VISA)))
                .isEqualTo(new PaymentResult.Failed("idempotency_key_reused", false));
    }

    @Test
    void refundsOnceByKey() {
        PaymentResult.Captured captured = (PaymentResult.Captured) gateway.charge(charge("k1", 4500, Cards.VISA));
        CapturedPayment payment = captured.toCapturedPayment();
        RefundRequest request = accepted(payment.refund(Money.of(2000, "EUR"), new IdempotencyKey("k1-refund")));

        RefundResult first = gateway.refund(request);

        assertThat(first).isInstanceOfSatisfying(Refund.class, refund -> {
            assertThat(refund.amount()).isEqualTo(Money.of(2000, "EUR"));
            assertThat(refund.payment()).isEqualTo(captured.paymentId());
            assertThat(refund.id().value()).startsWith("re_fake_");
        });
        assertThat(gateway.refund(request)).isEqualTo(first);
        assertThat(gateway.refund(accepted(payment.refund(Money.of(100, "EUR"), new IdempotencyKey("k1-refund")))))
                .isEqualTo(new RefundResult.Failed("idempotency_key_reused", false));
    }

    @Test
    void neverLogsTheCardNumberOrSecurityCode() {
        try (LogCapture logs = new LogCapture()) {
            gateway.charge(charge("k1", 4500, Cards.VISA));
            gateway.charge(charge("k2", 4500, Cards.INSUFFICIENT_FUNDS));

            assertThat(logs.lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                    .doesNotContain(Cards.VISA).doesNotContain(Cards.INSUFFICIENT_FUNDS).doesNotContain(Cards.CVC));
            assertThat(logs.lines().get(0)).contains("VISA **** 4242");
        }
    }

    private static RefundRequest accepted(Outcome<RefundRequest> outcome) {
        return ((Outcome.Accepted<RefundRequest>) outcome).value();
    }

    private static PaymentResult get(Future<PaymentResult> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
