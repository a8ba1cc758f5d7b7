package app.marquee.bootstrap.payment;

import app.marquee.adapter.payment.stripe.StripeWebhookEvents;
import app.marquee.adapter.payment.stripe.StripeWebhookSignatures;
import app.marquee.application.payment.port.out.ChargePaymentPort;
import app.marquee.application.payment.port.out.LookUpPaymentPort;
import app.marquee.application.payment.port.out.ReadPaymentWebhookPort;
import app.marquee.application.payment.port.out.RefundPaymentPort;
import app.marquee.application.payment.port.out.VerifyPaymentWebhookPort;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Picks the payment adapters from configuration ({@code marquee.payment.*} in application.yml). The
 * choice is made while the application starts ({@link Context}), so {@code stripe} without a secret
 * key stops the start-up rather than the first purchase.
 */
@Factory
public class PaymentWiring {

    @Context
    PaymentGateways paymentGateways(@Value("${marquee.payment.provider:fake}") String provider,
                                    @Value("${marquee.payment.stripe.api-base:}") String apiBase,
                                    @Value("${marquee.payment.stripe.secret-key:}") String secretKey,
                                    @Value("${marquee.payment.stripe.webhook-secret:}") String webhookSecret,
                                    @Value("${marquee.payment.stripe.timeout:30s}") Duration timeout) {
        return PaymentGateways.from(new PaymentSettings(provider, apiBase, secretKey, webhookSecret, timeout));
    }

    @Singleton
    ChargePaymentPort chargePaymentPort(PaymentGateways gateways) {
        return gateways.charge();
    }

    @Singleton
    RefundPaymentPort refundPaymentPort(PaymentGateways gateways) {
        return gateways.refund();
    }

    /** Asks the provider what became of a charge, without charging again (settling PENDING attempts). */
    @Singleton
    LookUpPaymentPort lookUpPaymentPort(PaymentGateways gateways) {
        return gateways.lookUp();
    }

    /** Stripe's webhook events (the only provider that calls Marquee back). */
    @Singleton
    ReadPaymentWebhookPort readPaymentWebhookPort() {
        return new StripeWebhookEvents();
    }

    /** Stripe's signature scheme; without STRIPE_WEBHOOK_SECRET every webhook call is refused. */
    @Singleton
    VerifyPaymentWebhookPort verifyPaymentWebhookPort(@Value("${marquee.payment.stripe.webhook-secret:}") String secret,
                                                      Clock clock) {
        return new StripeWebhookSignatures(secret, clock);
    }
}
