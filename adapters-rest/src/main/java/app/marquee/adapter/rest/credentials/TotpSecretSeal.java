package app.marquee.adapter.rest.credentials;

import app.marquee.domain.identity.account.AccountId;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals TOTP secrets before they reach the database: AES-256-GCM with a fresh 96-bit nonce each
 * time and the owner's account id as associated data, written {@code v2:} + base64(nonce +
 * ciphertext + tag), so a copy of the database alone cannot mint codes, and a sealed secret copied
 * onto another account's row does not open there. Seals written before the account was bound in
 * ({@code v1:}, the first day of two-factor, never released) are not opened: their owners use a
 * recovery code, or an admin removes the factor, and enrol again. The key is {@code MARQUEE_TWO_FACTOR_KEY} (base64, 32 bytes); unset, it is
 * derived from the JWT secret (HMAC-SHA256 of a fixed label), which every instance already
 * shares and which only the dev environment may leave out (then random: enrolments die with the
 * process, as tokens do). Set the key to rotate the JWT secret without losing enrolments.
 */
@Singleton
public class TotpSecretSeal {
    static final String PREFIX = "v2:";
    private static final String AAD_LABEL = "marquee/totp-secret/account/";
    private static final Logger LOG = LoggerFactory.getLogger(TotpSecretSeal.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public TotpSecretSeal(@Value("${marquee.two-factor.key:}") String base64Key,
                          @Named("generator") SecretSignatureConfiguration jwt) {
        this.key = new SecretKeySpec(keyBytes(base64Key, jwt), "AES");
    }

    /** The secret sealed for this account only. */
    String seal(byte[] secret, AccountId account) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(account));
            byte[] sealed = cipher.doFinal(secret);
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM is part of every JDK", unavailable);
        }
    }

    /**
     * The clear secret, or empty when the text was not sealed under this key for this account
     * (the key changed, the text was tampered with or copied from another account, or it is an
     * unbound {@code v1:} seal). Never throws: the caller decides what an unreadable secret means.
     */
    Optional<byte[]> open(String sealed, AccountId account) {
        if (!sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (all.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(account));
            return Optional.of(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static byte[] associatedData(AccountId account) {
        return (AAD_LABEL + account.value()).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] keyBytes(String base64Key, SecretSignatureConfiguration jwt) {
        if (base64Key != null && !base64Key.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64Key.strip());
            } catch (IllegalArgumentException notBase64) {
                throw new ConfigurationException("MARQUEE_TWO_FACTOR_KEY must be base64 (openssl rand -base64 32)");
            }
            if (key.length != 32) {
                throw new ConfigurationException("MARQUEE_TWO_FACTOR_KEY must hold 32 bytes once decoded, not "
                        + key.length);
            }
            return key;
        }
        LOG.info("MARQUEE_TWO_FACTOR_KEY is not set: TOTP secrets are sealed with a key derived from JWT_SECRET");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(jwt.getSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal("marquee/two-factor-seal/v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }
}
