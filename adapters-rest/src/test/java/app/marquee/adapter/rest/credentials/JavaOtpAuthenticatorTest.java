package app.marquee.adapter.rest.credentials;

import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JavaOtpAuthenticatorTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static SecretSignatureConfiguration jwt(String secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        return configuration;
    }

    private final TotpSecretSeal seal = new TotpSecretSeal(KEY, jwt("a-jwt-secret-of-at-least-thirty-two-bytes"));
    private final JavaOtpAuthenticator totp = new JavaOtpAuthenticator(seal);

    @Test
    void computesTheCodesOfRfc6238() {
        SecretKeySpec rfcKey = new SecretKeySpec("12345678901234567890".getBytes(StandardCharsets.US_ASCII), "HmacSHA1");

        assertThat(totp.codeAt(rfcKey, TimeStep.at(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(totp.codeAt(rfcKey, TimeStep.at(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void aNewSecretIsShownInBase32WithItsUriAndKeptSealed() {
        var secret = totp.newSecret(new EmailAddress("ann@example.org"));

        assertThat(secret.base32()).matches("[A-Z2-7]{32}");
        assertThat(secret.otpauthUri())
                .isEqualTo("otpauth://totp/Marquee:ann@example.org?secret=" + secret.base32() + "&issuer=Marquee");
        assertThat(secret.sealed().value()).startsWith("v1:").doesNotContain(secret.base32());
    }

    @Test
    void theCodeOfTheCurrentStepOrOneEitherSideMatchesWithItsStep() {
        var secret = totp.newSecret(new EmailAddress("ann@example.org"));
        SecretKeySpec key = new SecretKeySpec(seal.open(secret.sealed().value()), "HmacSHA1");
        Instant now = Instant.parse("2026-03-01T10:00:10Z");
        TimeStep current = TimeStep.at(now);
        TimeStep next = new TimeStep(current.value() + 1);

        assertThat(totp.matchingStep(secret.sealed(), totp.codeAt(key, current), now)).contains(current);
        assertThat(totp.matchingStep(secret.sealed(), totp.codeAt(key, next), now)).contains(next);
        assertThat(totp.matchingStep(secret.sealed(), totp.codeAt(key, new TimeStep(current.value() + 2)), now))
                .isEqualTo(Optional.empty());
        assertThat(totp.matchingStep(secret.sealed(), "12345", now)).isEmpty();
        assertThat(totp.matchingStep(secret.sealed(), "abcdef", now)).isEmpty();
    }

    @Test
    void aSecretSealedUnderAnotherKeyDoesNotOpen() {
        var secret = totp.newSecret(new EmailAddress("ann@example.org"));
        TotpSecretSeal other = new TotpSecretSeal("", jwt("another-jwt-secret-of-at-least-thirty-two"));

        assertThatThrownBy(() -> other.open(secret.sealed().value())).isInstanceOf(IllegalStateException.class);
        assertThat(seal.seal(new byte[]{1, 2})).isNotEqualTo(seal.seal(new byte[]{1, 2}));
        assertThat(new SealedTotpSecret(seal.seal(new byte[]{1, 2})).toString()).doesNotContain("v1:");
    }

    @Test
    void aMalformedKeyStopsTheStartUp() {
        assertThatThrownBy(() -> new TotpSecretSeal("c2hvcnQ=", jwt("x".repeat(40))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("32 bytes");
    }
}
