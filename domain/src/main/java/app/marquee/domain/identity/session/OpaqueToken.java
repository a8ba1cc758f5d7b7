package app.marquee.domain.identity.session;

import java.security.SecureRandom;
import java.util.Base64;

/** A bearer secret of 256 random bits, URL-safe: handed out once, stored only as its digest. */
public final class OpaqueToken {
    private static final int BYTES = 32;

    private OpaqueToken() {
    }

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
