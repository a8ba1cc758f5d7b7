package app.marquee.bootstrap.payment;

import java.time.Duration;

/**
 * The payment configuration as given: {@code MARQUEE_PAYMENT_PROVIDER} (fake or stripe),
 * {@code STRIPE_API_BASE}, {@code STRIPE_SECRET_KEY}, {@code STRIPE_WEBHOOK_SECRET},
 * {@code STRIPE_TIMEOUT}. Unchecked here ({@link PaymentGateways#from} says what is wrong); the
 * secrets never appear in {@link #toString()}.
 */
public record PaymentSettings(String provider, String stripeApiBase, String stripeSecretKey,
                              String stripeWebhookSecret, Duration stripeTimeout) {

    @Override
    public String toString() {
        return "PaymentSettings[provider=" + provider + ", stripeApiBase=" + stripeApiBase + ", stripeSecretKey="
                + (isBlank(stripeSecretKey) ? "unset" : "(redacted)") + ", stripeWebhookSecret="
                + (isBlank(stripeWebhookSecret) ? "unset" : "(redacted)") + ", stripeTimeout=" + stripeTimeout + "]";
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
