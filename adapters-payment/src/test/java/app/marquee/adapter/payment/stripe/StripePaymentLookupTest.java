package app.marquee.adapter.payment.stripe;

import app.marquee.domain.payment.ChargeRequest;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static app.marquee.adapter.payment.Cards.VISA;
import static app.marquee.adapter.payment.Cards.charge;
import static org.assertj.core.api.Assertions.assertThat;

class StripePaymentLookupTest {
    private static final String SECRET_KEY = "sk_test_51LocalStripeSecretKeyForTests";
    private LocalStripe stripe;
    private StripePaymentGateway gateway;
    private StripePaymentLookup lookup;

    @BeforeEach
    void start() throws IOException {
        stripe = new LocalStripe();
        StripeSettings settings = new StripeSettings(stripe.baseUrl(), SECRET_KEY, Duration.ofMillis(700));
        gateway = new StripePaymentGateway(settings);
        lookup = new StripePaymentLookup(settings);
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void aChargeIsFoundByTheKeyItWasMadeUnderWithoutChargingAgain() {
        ChargeRequest request = charge("marquee-payment-1", 4500, VISA);
        PaymentResult.Captured captured = (PaymentResult.Captured) gateway.charge(request);

        PaymentResult found = lookup.lookUp(request.idempotencyKey(), Money.of(4500, "EUR"), request.reference());

        assertThat(found).isInstanceOfSatisfying(PaymentResult.Captured.class, again ->
                assertThat(again.paymentId()).isEqualTo(captured.paymentId()));
        assertThat(stripe.created()).isEqualTo(1);
        assertThat(stripe.received().get(0).form()).containsEntry("metadata[payment_key]", "marquee-payment-1");
        assertThat(stripe.received().get(1).method()).isEqualTo("GET");
    }

    @Test
    void aKeyStripeNeverChargedUnderTookNothingAndAnOutageIsAskedAgainLater() {
        assertThat(lookup.lookUp(new IdempotencyKey("marquee-payment-none"), Money.of(4500, "EUR"), "ref"))
                .isEqualTo(new PaymentResult.Failed("no_payment_intent", false));
        stripe.close();
        assertThat(lookup.lookUp(new IdempotencyKey("marquee-payment-none"), Money.of(4500, "EUR"), "ref"))
                .isInstanceOfSatisfying(PaymentResult.Failed.class, failed -> assertThat(failed.retryable()).isTrue());
    }
}
