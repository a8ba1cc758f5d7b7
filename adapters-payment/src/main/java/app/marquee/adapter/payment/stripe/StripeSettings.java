package app.marquee.adapter.payment.stripe;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Stripe is and how to sign in to it: the API base URL (Stripe's own, or a local server in
 * tests), the secret key sent as a Bearer token, and how long to wait for an answer. The key never
 * appears in {@link #toString()}.
 */
public record StripeSettings(URI apiBase, String secretKey, Duration timeout) {
    public static final URI DEFAULT_API_BASE = URI.create("https://api.stripe.com");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public StripeSettings {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(timeout, "timeout");
        if (!("https".equals(apiBase.getScheme()) || "http".equals(apiBase.getScheme())) || apiBase.getHost() == null) {
            throw new IllegalArgumentException("the Stripe API base must be an http(s) URL, not " + apiBase);
        }
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("a Stripe secret key is required");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Stripe timeout must be positive");
        }
    }

    /** Test-mode keys ({@code sk_test_}, {@code rk_test_}) reach Stripe's test cards and PaymentMethods. */
    public boolean testMode() {
        return secretKey.startsWith("sk_test_") || secretKey.startsWith("rk_test_");
    }

    URI resolve(String path) {
        String base = apiBase.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    @Override
    public String toString() {
        return "StripeSettings[" + apiBase + ", " + (testMode() ? "test" : "live") + " key (redacted), timeout "
                + timeout + "]";
    }
}
