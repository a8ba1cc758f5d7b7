package app.marquee.adapter.payment.stripe;

import app.marquee.application.payment.port.out.VerifyPaymentWebhookPort;
import app.marquee.domain.payment.WebhookVerdict;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Checks Stripe's {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]} header, as
 * Stripe documents: HMAC-SHA256 with the endpoint's signing secret over {@code t + "." + raw body},
 * compared in constant time with each {@code v1} (there are several while a secret is being rolled;
 * one match suffices). Other schemes ({@code v0}) are ignored. A signed timestamp more than the
 * tolerance (5 minutes) before or after now is refused, so a captured call cannot be replayed later.
 * The signature is checked before the timestamp, so an unsigned caller learns nothing but a mismatch.
 */
public final class StripeWebhookSignatures implements VerifyPaymentWebhookPort {
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    private final byte[] secret;
    private final Clock clock;
    private final Duration tolerance;

    /** {@code endpointSecret} blank or null: every call is refused as NOT_CONFIGURED. */
    public StripeWebhookSignatures(String endpointSecret, Clock clock) {
        this(endpointSecret, clock, DEFAULT_TOLERANCE);
    }

    StripeWebhookSignatures(String endpointSecret, Clock clock, Duration tolerance) {
        this.secret = endpointSecret == null ? new byte[0] : endpointSecret.strip().getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.tolerance = tolerance;
    }

    @Override
    public WebhookVerdict verify(byte[] rawPayload, String signatureHeader) {
        if (secret.length == 0) {
            return WebhookVerdict.NOT_CONFIGURED;
        }
        String timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String element : signatureHeader == null ? new String[0] : signatureHeader.split(",")) {
            int equals = element.indexOf('=');
            String prefix = equals < 0 ? element.strip() : element.substring(0, equals).strip();
            String value = equals < 0 ? "" : element.substring(equals + 1).strip();
            if ("t".equals(prefix) && timestamp == null) {
                timestamp = value;
            } else if ("v1".equals(prefix) && !value.isEmpty()) {
                signatures.add(value);
            }
        }
        if (timestamp == null || timestamp.isEmpty() || signatures.isEmpty()) {
            return WebhookVerdict.SIGNATURE_MISSING;
        }
        long signedAt;
        try {
            signedAt = Long.parseLong(timestamp);
        } catch (NumberFormatException notANumber) {
            return WebhookVerdict.SIGNATURE_MALFORMED;
        }
        if (!anyMatches(signatures, expected(timestamp, rawPayload))) {
            return WebhookVerdict.SIGNATURE_MISMATCH;
        }
        long drift = Math.abs(clock.instant().getEpochSecond() - signedAt);
        return drift > tolerance.toSeconds() ? WebhookVerdict.TIMESTAMP_OUTSIDE_TOLERANCE : WebhookVerdict.AUTHENTIC;
    }

    /** Compares with every candidate (no early exit) in constant time per candidate. */
    private static boolean anyMatches(List<String> candidates, byte[] expected) {
        boolean matched = false;
        for (String candidate : candidates) {
            matched |= MessageDigest.isEqual(expected, hexOrEmpty(candidate));
        }
        return matched;
    }

    private byte[] expected(String timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload == null ? new byte[0] : payload);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }

    private static byte[] hexOrEmpty(String hex) {
        try {
            return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return new byte[0];
        }
    }
}
