package app.marquee.domain.payment;

import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapturedPaymentTest {
    private static final PaymentId PAYMENT = new PaymentId("pi_123");
    private static final CapturedPayment FORTY_EUROS = CapturedPayment.of(PAYMENT, Money.of(4000, "EUR"));

    @Test
    void refundsUpToEverythingThatWasCaptured() {
        RefundRequest request = accepted(FORTY_EUROS.refund(Money.of(4000, "EUR"), key("r1")));

        assertThat(request.amount()).isEqualTo(Money.of(4000, "EUR"));
        assertThat(request.payment()).isEqualTo(PAYMENT);
        assertThat(request.idempotencyKey()).isEqualTo(key("r1"));
    }

    @Test
    void neverRefundsOneCentMoreThanWasCaptured() {
        assertThat(FORTY_EUROS.refund(Money.of(4001, "EUR"), key("r1")))
                .isEqualTo(Outcome.rejected(PaymentRejection.REFUND_EXCEEDS_CAPTURED));
    }

    @Test
    void partialRefundsTogetherNeverExceedTheCapture() {
        CapturedPayment afterFirst = FORTY_EUROS.after(new Refund(new RefundId("re_1"), PAYMENT, Money.of(2500, "EUR")));

        assertThat(afterFirst.refundable()).isEqualTo(Money.of(1500, "EUR"));
        assertThat(afterFirst.refund(Money.of(1501, "EUR"), key("r2")))
                .isEqualTo(Outcome.rejected(PaymentRejection.REFUND_EXCEEDS_CAPTURED));
        assertThat(afterFirst.refund(Money.of(1500, "EUR"), key("r2")).isAccepted()).isTrue();
        assertThatThrownBy(() -> afterFirst.after(new Refund(new RefundId("re_2"), PAYMENT, Money.of(1501, "EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefundOfNothingOrInAnotherCurrencyIsAProgrammingError() {
        assertThatThrownBy(() -> FORTY_EUROS.refund(Money.of(0, "EUR"), key("r1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FORTY_EUROS.refund(Money.of(100, "USD"), key("r1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyCountsRefundsOfItsOwnPayment() {
        assertThatThrownBy(() -> FORTY_EUROS.after(new Refund(new RefundId("re_9"), new PaymentId("pi_other"),
                Money.of(100, "EUR")))).isInstanceOf(IllegalArgumentException.class);
    }

    private static IdempotencyKey key(String value) {
        return new IdempotencyKey(value);
    }

    private static RefundRequest accepted(Outcome<RefundRequest> outcome) {
        assertThat(outcome.isAccepted()).as(outcome.toString()).isTrue();
        return ((Outcome.Accepted<RefundRequest>) outcome).value();
    }
}
