package app.marquee.domain.identity.twofactor;

import app.marquee.domain.identity.session.TokenDigest;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the ten codes that stand in for the authenticator when it is lost. Each is 16 base32
 * characters (80 random bits, written {@code abcd-efgh-ijkm-nopq}), shown once and kept as its
 * SHA-256 (80 bits leave nothing worth guessing), and good for one sign-in.
 */
public final class RecoveryCode {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 16;
    private final TokenDigest digest;
    private Instant usedAt;

    private RecoveryCode(TokenDigest digest, Instant usedAt) {
        this.digest = Objects.requireNonNull(digest, "digest");
        this.usedAt = usedAt;
    }

    /** A new code: its text for the owner, once, and what is stored. */
    static Issued generate(SecureRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                text.append('-');
            }
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        String code = text.toString();
        return new Issued(code, new RecoveryCode(digestOf(code), null));
    }

    /** For the persistence adapter only. */
    public static RecoveryCode rehydrate(TokenDigest digest, Instant usedAt) {
        return new RecoveryCode(digest, usedAt);
    }

    /** The digest of a code as typed: case, spaces and dashes do not matter. */
    static TokenDigest digestOf(String typed) {
        return TokenDigest.of(typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT));
    }

    boolean matches(TokenDigest typed) {
        return usedAt == null && digest.equals(typed);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public TokenDigest digest() {
        return digest;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }

    record Issued(String text, RecoveryCode code) {
        @Override
        public String toString() {
            return "Issued[***]";
        }
    }
}
