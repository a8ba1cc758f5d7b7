package app.marquee.domain.payment;

import app.marquee.domain.payment.card.Card;
import app.marquee.domain.payment.card.CardBrand;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChargeRequestTest {
    private static final Card CARD = ((Outcome.Accepted<Card>) Card.given("4242424242424242", 12, 2030, "314",
            Instant.parse("2027-01-01T00:00:00Z"))).value();

    @Test
    void neverChargesNothing() {
        assertThatThrownBy(() -> new ChargeRequest(new IdempotencyKey("k"), Money.of(0, "EUR"), CARD, "order 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showsTheCardOnlyAsBrandAndLastFourWhenPrinted() {
        ChargeRequest charge = new ChargeRequest(new IdempotencyKey("k-1"), Money.of(4500, "EUR"), CARD, "order 1");
        PaymentResult captured = new PaymentResult.Captured(new PaymentId("pi_1"), charge.amount(), CARD.summary());

        assertThat(charge.toString()).contains("VISA **** 4242").contains("4500 EUR")
                .doesNotContain("4242424242424242").doesNotContain("314");
        assertThat(captured.toString()).doesNotContain("4242424242424242");
        assertThat(CARD.summary()).isEqualTo(new CardSummary(CardBrand.VISA, "4242"));
    }

    @Test
    void aCapturedPaymentCanBeRefundedInFullAndNoMore() {
        PaymentResult.Captured captured = new PaymentResult.Captured(new PaymentId("pi_1"), Money.of(4500, "EUR"),
                CARD.summary());

        assertThat(captured.toCapturedPayment().refundable()).isEqualTo(Money.of(4500, "EUR"));
    }
}
