package app.marquee.adapter.rest.credentials;

import app.marquee.domain.sales.order.TicketCode;
import app.marquee.domain.sales.order.TicketId;
import app.marquee.domain.sales.show.ShowId;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HmacTicketSignerTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String BASE64 = Base64.getEncoder().encodeToString(SECRET);

    @Test
    void signsWithHmacSha256AsUrlSafeBase64WithoutPadding() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("MQ1.a.b".getBytes(StandardCharsets.UTF_8)));

        assertThat(new HmacTicketSigner(BASE64).sign("MQ1.a.b")).isEqualTo(expected).hasSize(43);
    }

    @Test
    void aCodeVerifiesUnderItsSecretOnlyAndNotOnceAltered() {
        HmacTicketSigner signer = new HmacTicketSigner(BASE64);
        TicketCode code = TicketCode.of(TicketId.newId(), ShowId.newId(), signer);
        TicketCode otherShow = new TicketCode(code.ticket(), ShowId.newId(), code.signature());

        assertThat(code.isSignedBy(new HmacTicketSigner(BASE64))).isTrue();
        assertThat(code.isSignedBy(new HmacTicketSigner(Base64.getEncoder().encodeToString(
                "another-secret-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII))))).isFalse();
        assertThat(otherShow.isSignedBy(signer)).isFalse();
    }

    @Test
    void withoutASecretEachRunSignsWithItsOwnRandomOne() {
        TicketCode code = TicketCode.of(TicketId.newId(), ShowId.newId(), new HmacTicketSigner(""));

        assertThat(code.isSignedBy(new HmacTicketSigner(""))).isFalse();
    }

    @Test
    void aShortOrMalformedSecretStopsTheStartUpWithoutShowingIt() {
        assertThatThrownBy(() -> new HmacTicketSigner(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new HmacTicketSigner("not base64 at all!"))
                .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("not base64 at all!");
    }
}
