package app.marquee.adapter.rest.credentials;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;
import app.marquee.domain.shared.Outcome;
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
    private static final AccountId ANN = AccountId.newId();

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
        var secret = totp.newSecret(ANN, new EmailAddress("ann@example.org"));

        assertThat(secret.base32()).matches("[A-Z2-7]{32}");
        assertThat(secret.otpauthUri())
                .isEqualTo("otpauth://totp/Marquee:ann@example.org?secret=" + secret.base32() + "&issuer=Marquee");
        assertThat(secret.sealed().value()).startsWith("v2:").doesNotContain(secret.base32());
    }

    @Test
    void theCodeOfTheCurrentStepOrOneEitherSideMatchesWithItsStep() {
        var secret = totp.newSecret(ANN, new EmailAddress("ann@example.org"));
        SecretKeySpec key = new SecretKeySpec(seal.open(secret.sealed().value(), ANN).orElseThrow(), "HmacSHA1");
        Instant now = Instant.parse("2026-03-01T10:00:10Z");
        TimeStep current = TimeStep.at(now);
        TimeStep next = new TimeStep(current.value() + 1);

        assertThat(totp.matchingStep(ANN, secret.sealed(), totp.codeAt(key, current), now))
                .isEqualTo(Outcome.accepted(Optional.of(current)));
        assertThat(totp.matchingStep(ANN, secret.sealed(), totp.codeAt(key, next), now))
                .isEqualTo(Outcome.accepted(Optional.of(next)));
        assertThat(totp.matchingStep(ANN, secret.sealed(), totp.codeAt(key, new TimeStep(current.value() + 2)), now))
                .isEqualTo(Outcome.accepted(Optional.empty()));
        assertThat(totp.matchingStep(ANN, secret.sealed(), "12345", now)).isEqualTo(Outcome.accepted(Optional.empty()));
        assertThat(totp.matchingStep(ANN, secret.sealed(), "abcdef", now)).isEqualTo(Outcome.accepted(Optional.empty()));
    }

    @Test
    void aSealedSecretCopiedOntoAnotherAccountDoesNotOpenThere() {
        var secret = totp.newSecret(ANN, new EmailAddress("ann@example.org"));
        SecretKeySpec key = new SecretKeySpec(seal.open(secret.sealed().value(), ANN).orElseThrow(), "HmacSHA1");
        Instant now = Instant.parse("2026-03-01T10:00:10Z");
        AccountId mallory = AccountId.newId();

        assertThat(seal.open(secret.sealed().value(), mallory)).isEmpty();
        assertThat(totp.matchingStep(mallory, secret.sealed(), totp.codeAt(key, TimeStep.at(now)), now))
                .isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_UNAVAILABLE));
    }

    @Test
    void aSecretSealedUnderAnotherKeyIsUnavailableNotAnError() {
        var secret = totp.newSecret(ANN, new EmailAddress("ann@example.org"));
        TotpSecretSeal other = new TotpSecretSeal("", jwt("another-jwt-secret-of-at-least-thirty-two"));
        JavaOtpAuthenticator afterKeyChange = new JavaOtpAuthenticator(other);

        assertThat(other.open(secret.sealed().value(), ANN)).isEmpty();
        assertThat(afterKeyChange.matchingStep(ANN, secret.sealed(), "123456", Instant.now()))
                .isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_UNAVAILABLE));
        assertThat(afterKeyChange.matchingStep(ANN, secret.sealed(), "123456", Instant.now()))
                .as("every time, not only the first").isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_UNAVAILABLE));
        assertThat(seal.seal(new byte[]{1, 2}, ANN)).isNotEqualTo(seal.seal(new byte[]{1, 2}, ANN));
        assertThat(new SealedTotpSecret(seal.seal(new byte[]{1, 2}, ANN)).toString()).doesNotContain("v2:");
    }

    @Test
    void aSealMadeBeforeSecretsWereBoundToTheirAccountOrAGarbledOneIsUnavailable() {
        String unbound = "v1:" + Base64.getEncoder().encodeToString(new byte[40]);

        assertThat(seal.open(unbound, ANN)).isEmpty();
        assertThat(seal.open("v2:not base64!", ANN)).isEmpty();
        assertThat(seal.open("v2:AAAA", ANN)).isEmpty();
        assertThat(totp.matchingStep(ANN, new SealedTotpSecret(unbound), "123456", Instant.now()))
                .isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_UNAVAILABLE));
    }

    @Test
    void aMalformedKeyStopsTheStartUp() {
        assertThatThrownBy(() -> new TotpSecretSeal("c2hvcnQ=", jwt("x".repeat(40))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("32 bytes");
    }
}
