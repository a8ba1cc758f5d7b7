package app.marquee.adapter.rest.credentials;

import app.marquee.application.identity.port.out.TotpPort;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.inject.Singleton;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/**
 * TOTP as every authenticator app speaks it (RFC 6238: HMAC-SHA1, 6 digits, 30 s), computed by
 * java-otp; secrets are 160 random bits, shown in base32 and kept sealed ({@link TotpSecretSeal}).
 * A code is compared in constant time with those of the current step and its two neighbours.
 */
@Singleton
public class JavaOtpAuthenticator implements TotpPort {
    private static final int SECRET_BYTES = 20;
    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private final TimeBasedOneTimePasswordGenerator totp =
            new TimeBasedOneTimePasswordGenerator(TimeStep.LENGTH, 6, ALGORITHM);
    private final TotpSecretSeal seal;
    private final SecureRandom random = new SecureRandom();

    public JavaOtpAuthenticator(TotpSecretSeal seal) {
        this.seal = seal;
    }

    @Override
    public NewSecret newSecret(EmailAddress account) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String base32 = base32(secret);
        String label = URLEncoder.encode("Marquee:" + account.value(), StandardCharsets.UTF_8)
                .replace("%3A", ":").replace("%40", "@").replace("+", "%20");
        return new NewSecret(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=Marquee",
                new SealedTotpSecret(seal.seal(secret)));
    }

    @Override
    public Optional<TimeStep> matchingStep(SealedTotpSecret sealed, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return Optional.empty();
        }
        SecretKeySpec key = new SecretKeySpec(seal.open(sealed.value()), ALGORITHM);
        long current = TimeStep.at(now).value();
        Optional<TimeStep> matched = Optional.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step >= 0 && same(typed, codeAt(key, new TimeStep(step)))) {
                matched = Optional.of(new TimeStep(step));
            }
        }
        return matched;
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
