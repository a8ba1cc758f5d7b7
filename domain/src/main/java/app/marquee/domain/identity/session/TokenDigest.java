package app.marquee.domain.identity.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How an opaque token is stored: its SHA-256, never the token. A fast hash is enough here
 * because tokens carry 256 random bits, unlike passwords, so there is nothing to guess.
 */
public record TokenDigest(String hex) {
    public TokenDigest {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a token digest is 64 lower-case hex digits");
        }
    }

    public static TokenDigest of(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return new TokenDigest(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "TokenDigest[" + hex.substring(0, 8) + "…]";
    }
}
