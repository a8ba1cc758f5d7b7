package app.marquee.bootstrap.payment;

import app.marquee.adapter.payment.fake.FakePaymentGateway;
import app.marquee.adapter.payment.stripe.StripePaymentGateway;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentGatewaysTest {
    private static final String KEY = "sk_test_51NotARealKeyButShapedLikeOne";

    @Test
    void theFakeIsTheDefault() {
        PaymentGateways gateways = PaymentGateways.from(settings(null, null));

        assertThat(gateways.charge()).isInstanceOf(FakePaymentGateway.class).isSameAs(gateways.refund());
        assertThat(PaymentGateways.from(settings(" Fake ", null)).charge()).isInstanceOf(FakePaymentGateway.class);
    }

    @Test
    void stripeIsChosenWithItsSecretKey() {
        PaymentGateways gateways = PaymentGateways.from(settings("stripe", KEY));

        assertThat(gateways.charge()).isInstanceOf(StripePaymentGateway.class).isSameAs(gateways.refund());
    }

    @Test
    void stripeWithoutASecretKeyStopsTheStartUpSayingWhatToSet() {
        assertThatThrownBy(() -> PaymentGateways.from(settings("stripe", " ")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("STRIPE_SECRET_KEY");
    }

    @Test
    void anUnknownProviderOrABadUrlStopsTheStartUpWithoutShowingTheKey() {
        assertThatThrownBy(() -> PaymentGateways.from(settings("paypal", KEY)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("fake or stripe");
        assertThatThrownBy(() -> PaymentGateways.from(new PaymentSettings("stripe", "ftp://stripe.example", KEY, null,
                Duration.ofSeconds(5)))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("http(s)").hasMessageNotContaining(KEY);
        assertThat(settings("stripe", KEY).toString()).doesNotContain(KEY);
    }

    private static PaymentSettings settings(String provider, String key) {
        return new PaymentSettings(provider, "", key, "whsec_x", Duration.ofSeconds(30));
    }
}
