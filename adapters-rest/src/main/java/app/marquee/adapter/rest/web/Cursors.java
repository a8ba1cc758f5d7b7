package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.domain.shared.Rejection;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pagination cursors are opaque to clients: the position (the last e-mail of a page of accounts,
 * or the cursor a catalog query issued), prefixed with a version tag and base64url-encoded. A
 * cursor we did not issue (not base64url, no version tag, or a position holding a control
 * character) is a 400.
 */
public final class Cursors {
    private static final String VERSION = "v1:";
    /** No position we issue holds one; NUL, for one, would not even reach PostgreSQL. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Cursors() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + position).getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<String> decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(VERSION) && decoded.length() > VERSION.length()
                    && !CONTROL.matcher(decoded).find()) {
                return Optional.of(decoded.substring(VERSION.length()));
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the rejection below
        }
        throw new RejectedException(Rejection.onField(RestRejection.INVALID_CURSOR, "cursor"));
    }
}
