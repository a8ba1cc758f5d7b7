package app.marquee.adapter.rest.credentials;

import app.marquee.application.identity.port.out.TotpPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;
import app.marquee.domain.shared.Outcome;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * TOTP as every authenticator app speaks it (RFC 6238: HMAC-SHA1, 6 digits, 30 s), computed by
 * java-otp; secrets are 160 random bits, shown in base32 and kept sealed for their account
 * ({@link TotpSecretSeal}). A code is compared in constant time with those of the current step and
 * its two neighbours. A secret that does not open is TWO_FACTOR_UNAVAILABLE, never an exception:
 * the first time in a process it is logged at ERROR (an operator must restore the key), later
 * ones at WARN; the account is named, the secret never.
 */
@Singleton
public class JavaOtpAuthenticator implements TotpPort {
    private static final Logger LOG = LoggerFactory.getLogger(JavaOtpAuthenticator.class);
    private static final int SECRET_BYTES = 20;
    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private final TimeBasedOneTimePasswordGenerator totp =
            new TimeBasedOneTimePasswordGenerator(TimeStep.LENGTH, 6, ALGORITHM);
    private final TotpSecretSeal seal;
    private final SecureRandom random = new SecureRandom();
    private final AtomicBoolean unreadableReported = new AtomicBoolean();

    public JavaOtpAuthenticator(TotpSecretSeal seal) {
        this.seal = seal;
    }

    @Override
    public NewSecret newSecret(AccountId account, EmailAddress email) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String base32 = base32(secret);
        String label = URLEncoder.encode("Marquee:" + email.value(), StandardCharsets.UTF_8)
                .replace("%3A", ":").replace("%40", "@").replace("+", "%20");
        return new NewSecret(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=Marquee",
                new SealedTotpSecret(seal.seal(secret, account)));
    }

    @Override
    public Outcome<Optional<TimeStep>> matchingStep(AccountId account, SealedTotpSecret sealed, String code,
                                                    Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return Outcome.accepted(Optional.empty());
        }
        Optional<byte[]> secret = seal.open(sealed.value(), account);
        if (secret.isEmpty()) {
            reportUnreadable(account);
            return Outcome.rejected(IdentityRejection.TWO_FACTOR_UNAVAILABLE);
        }
        SecretKeySpec key = new SecretKeySpec(secret.get(), ALGORITHM);
        long current = TimeStep.at(now).value();
        Optional<TimeStep> matched = Optional.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step >= 0 && same(typed, codeAt(key, new TimeStep(step)))) {
                matched = Optional.of(new TimeStep(step));
            }
        }
        return Outcome.accepted(matched);
    }

    private void reportUnreadable(AccountId account) {
        if (unreadableReported.compareAndSet(false, true)) {
            LOG.error("The TOTP secret of account {} does not open under this server's two-factor key: was"
                    + " MARQUEE_TWO_FACTOR_KEY (or JWT_SECRET, when the key is unset) changed? Until the old key is"
                    + " back, codes are refused with TWO_FACTOR_UNAVAILABLE; recovery codes still work and an admin"
                    + " can remove the factor. Later occurrences are logged at WARN.", account.value());
        } else {
            LOG.warn("The TOTP secret of account {} does not open under this server's two-factor key",
                    account.value());
        }
    }

    /** The code an app shows for this key during {@code step}. */
    String codeAt(SecretKeySpec key, TimeStep step) {
        try {
            return totp.generateOneTimePasswordString(key, step.start(), java.util.Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException("an HMAC-SHA1 key of 20 bytes is always valid", impossible);
        }
    }

    private static boolean same(String typed, String expected) {
        return MessageDigest.isEqual(typed.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    /** RFC 4648 base32, without padding (20 bytes make exactly 32 characters). */
    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
