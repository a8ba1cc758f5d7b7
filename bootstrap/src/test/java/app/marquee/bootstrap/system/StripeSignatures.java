package app.marquee.bootstrap.system;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

/** Signs a webhook body as Stripe does, with the endpoint secret the booted application is configured with. */
final class StripeSignatures {
    private StripeSignatures() {
    }

    static String header(byte[] payload) {
        String secret = MarqueeServer.context().getProperty("marquee.payment.stripe.webhook-secret", String.class)
                .orElseThrow();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
