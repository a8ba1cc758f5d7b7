package app.marquee.bootstrap.payment;

import app.marquee.adapter.payment.fake.FakePaymentGateway;
import app.marquee.adapter.payment.stripe.StripePaymentGateway;
import app.marquee.adapter.payment.stripe.StripePaymentLookup;
import app.marquee.adapter.payment.stripe.StripeSettings;
import app.marquee.application.payment.port.out.ChargePaymentPort;
import app.marquee.application.payment.port.out.LookUpPaymentPort;
import app.marquee.application.payment.port.out.RefundPaymentPort;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Locale;

/**
 * The payment provider chosen by configuration: {@code fake} (the default; no money moves) or
 * {@code stripe}, which needs a secret key. A configuration that cannot work stops the start-up with
 * the variable to set, never with a secret in the message.
 */
record PaymentGateways(ChargePaymentPort charge, RefundPaymentPort refund, LookUpPaymentPort lookUp) {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentGateways.class);

    static PaymentGateways from(PaymentSettings settings) {
        String provider = PaymentSettings.isBlank(settings.provider()) ? "fake"
                : settings.provider().strip().toLowerCase(Locale.ROOT);
        switch (provider) {
            case "fake" -> {
                LOG.info("Payments: fake provider, no money moves (Stripe's test card numbers decide the outcome)");
                FakePaymentGateway fake = new FakePaymentGateway();
                return new PaymentGateways(fake, fake, fake);
            }
            case "stripe" -> {
                return stripe(settings);
            }
            default -> throw new ConfigurationException("MARQUEE_PAYMENT_PROVIDER must be fake or stripe, not '"
                    + settings.provider() + "'");
        }
    }

    private static PaymentGateways stripe(PaymentSettings settings) {
        if (PaymentSettings.isBlank(settings.stripeSecretKey())) {
            throw new ConfigurationException("MARQUEE_PAYMENT_PROVIDER=stripe needs STRIPE_SECRET_KEY (a Stripe secret "
                    + "key, sk_test_... or sk_live_...); set it, or use MARQUEE_PAYMENT_PROVIDER=fake");
        }
        URI base = apiBase(settings.stripeApiBase());
        StripeSettings stripe;
        try {
            stripe = new StripeSettings(base, settings.stripeSecretKey().strip(), settings.stripeTimeout());
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("Stripe settings: " + invalid.getMessage());
        }
        LOG.info("Payments: Stripe at {} with a {} key, timeout {}", base, stripe.testMode() ? "test" : "live",
                stripe.timeout());
        if (!stripe.testMode()) {
            LOG.warn("Payments: card numbers are never sent to Stripe and only its test cards have PaymentMethods here, "
                    + "so with a live key every card is declined (CARD_NOT_SUPPORTED) until cards are tokenised by Stripe.js");
        }
        if (PaymentSettings.isBlank(settings.stripeWebhookSecret())) {
            LOG.warn("Payments: STRIPE_WEBHOOK_SECRET is not set: every Stripe webhook call will be refused");
        }
        StripePaymentGateway gateway = new StripePaymentGateway(stripe);
        return new PaymentGateways(gateway, gateway, new StripePaymentLookup(stripe));
    }

    private static URI apiBase(String configured) {
        if (PaymentSettings.isBlank(configured)) {
            return StripeSettings.DEFAULT_API_BASE;
        }
        try {
            return URI.create(configured.strip());
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("STRIPE_API_BASE is not a URL: " + configured);
        }
    }
}
