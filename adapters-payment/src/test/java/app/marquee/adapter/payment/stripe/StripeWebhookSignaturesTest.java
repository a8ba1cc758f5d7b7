package app.marquee.adapter.payment.stripe;

import app.marquee.domain.payment.WebhookVerdict;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class StripeWebhookSignaturesTest {
    private static final String SECRET = "whsec_test_localEndpointSecret";
    private static final long NOW = 1_790_000_000L;
    private static final byte[] PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}"
            .getBytes(StandardCharsets.UTF_8);
    private final StripeWebhookSignatures signatures = new StripeWebhookSignatures(SECRET,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void believesACallSignedNowWithTheEndpointSecret() {
        assertThat(signatures.verify(PAYLOAD, header(NOW, sign(SECRET, NOW, PAYLOAD))))
                .isEqualTo(WebhookVerdict.AUTHENTIC);
    }

    @Test
    void toleratesFiveMinutesEitherWayAndNotOneSecondMore() {
        assertThat(verifySignedAt(NOW - 300)).isEqualTo(WebhookVerdict.AUTHENTIC);
        assertThat(verifySignedAt(NOW + 300)).isEqualTo(WebhookVerdict.AUTHENTIC);
        assertThat(verifySignedAt(NOW - 301)).isEqualTo(WebhookVerdict.TIMESTAMP_OUTSIDE_TOLERANCE);
        assertThat(verifySignedAt(NOW + 301)).isEqualTo(WebhookVerdict.TIMESTAMP_OUTSIDE_TOLERANCE);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecretOrOverAnotherPayload() {
        assertThat(signatures.verify(PAYLOAD, header(NOW, sign("whsec_someone_else", NOW, PAYLOAD))))
                .isEqualTo(WebhookVerdict.SIGNATURE_MISMATCH);
        byte[] tampered = "{\"id\":\"evt_1\",\"type\":\"charge.refunded\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(signatures.verify(tampered, header(NOW, sign(SECRET, NOW, PAYLOAD))))
                .isEqualTo(WebhookVerdict.SIGNATURE_MISMATCH);
        assertThat(signatures.verify(PAYLOAD, header(NOW - 1, sign(SECRET, NOW, PAYLOAD))))
                .as("the timestamp is signed too").isEqualTo(WebhookVerdict.SIGNATURE_MISMATCH);
    }

    @Test
    void anOldCallWithAWrongSignatureIsToldOnlyThatItDoesNotMatch() {
        assertThat(signatures.verify(PAYLOAD, header(NOW - 3600, sign("whsec_someone_else", NOW - 3600, PAYLOAD))))
                .isEqualTo(WebhookVerdict.SIGNATURE_MISMATCH);
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnoughWhileASecretIsRolled() {
        String header = "t=" + NOW + ",v1=" + sign("whsec_old_secret", NOW, PAYLOAD) + ",v1=" + sign(SECRET, NOW, PAYLOAD)
                + ",v0=" + sign("whsec_legacy", NOW, PAYLOAD);

        assertThat(signatures.verify(PAYLOAD, header)).isEqualTo(WebhookVerdict.AUTHENTIC);
        assertThat(signatures.verify(PAYLOAD, "t=" + NOW + ",v1=" + sign("whsec_old_secret", NOW, PAYLOAD) + ",v1=zz"))
                .isEqualTo(WebhookVerdict.SIGNATURE_MISMATCH);
    }

    @Test
    void aHeaderWithoutItsPartsIsMissingASignature() {
        String good = sign(SECRET, NOW, PAYLOAD);

        assertThat(signatures.verify(PAYLOAD, null)).isEqualTo(WebhookVerdict.SIGNATURE_MISSING);
        assertThat(signatures.verify(PAYLOAD, "")).isEqualTo(WebhookVerdict.SIGNATURE_MISSING);
        assertThat(signatures.verify(PAYLOAD, "v1=" + good)).isEqualTo(WebhookVerdict.SIGNATURE_MISSING);
        assertThat(signatures.verify(PAYLOAD, "t=" + NOW)).isEqualTo(WebhookVerdict.SIGNATURE_MISSING);
        assertThat(signatures.verify(PAYLOAD, "t=" + NOW + ",v0=" + good)).isEqualTo(WebhookVerdict.SIGNATURE_MISSING);
        assertThat(signatures.verify(PAYLOAD, "t=,v1=" + good)).isEqualTo(WebhookVerdict.SIGNATURE_MISSING);
        assertThat(signatures.verify(PAYLOAD, "t=yesterday,v1=" + good)).isEqualTo(WebhookVerdict.SIGNATURE_MALFORMED);
    }

    @Test
    void withoutAnEndpointSecretNoCallIsBelieved() {
        StripeWebhookSignatures unconfigured = new StripeWebhookSignatures(" ", Clock.systemUTC());

        assertThat(unconfigured.verify(PAYLOAD, header(NOW, sign("", NOW, PAYLOAD))))
                .isEqualTo(WebhookVerdict.NOT_CONFIGURED);
    }

    private WebhookVerdict verifySignedAt(long timestamp) {
        return signatures.verify(PAYLOAD, header(timestamp, sign(SECRET, timestamp, PAYLOAD)));
    }

    private static String header(long timestamp, String v1) {
        return "t=" + timestamp + ",v1=" + v1;
    }

    /** Stripe's scheme, computed independently of the class under test. */
    private static String sign(String secret, long timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
