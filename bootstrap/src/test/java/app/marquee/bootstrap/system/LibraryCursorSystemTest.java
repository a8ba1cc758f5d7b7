package app.marquee.bootstrap.system;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A cursor is ours or it is a 400: one crafted to name an instant PostgreSQL cannot store (year
 * 300,000, or 290,000 BC) is refused before it reaches the database.
 */
class LibraryCursorSystemTest {

    @Test
    void aCursorNamingAnInstantNoRowCanHaveIsRefused() {
        String viewer = Accounts.newUser().accessToken();
        String farFuture = cursor("+300000-01-01T00:00:00Z|" + UUID.randomUUID());
        String farPast = cursor(Long.MIN_VALUE + ":" + UUID.randomUUID());

        Catalog.problemOn(Api.get("/api/v1/me/favorites?cursor=" + farFuture, viewer), 400, "INVALID_CURSOR",
                "cursor");
        Catalog.problemOn(Api.get("/api/v1/me/reviews?cursor=" + farFuture, viewer), 400, "INVALID_CURSOR",
                "cursor");
        Catalog.problemOn(Api.get("/api/v1/me/history?cursor=" + farPast, viewer), 400, "INVALID_CURSOR",
                "cursor");
    }

    private static String cursor(String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + position).getBytes(StandardCharsets.UTF_8));
    }
}
