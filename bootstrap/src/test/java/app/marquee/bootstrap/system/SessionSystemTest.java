package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static app.marquee.bootstrap.system.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, refreshing, signing out, and what happens to a stolen refresh token. */
class SessionSystemTest {

    private static Api.Reply refresh(String token) {
        return Api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + token + "\"}", null);
    }

    private static Api.Reply login(String email, String password) {
        return Api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
    }

    @Test
    void loginReturnsABearerPairThatOpensMe() {
        String email = Api.uniqueEmail("login");
        Accounts.register(email);

        Api.Reply reply = login(email.toUpperCase(), PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(reply.json().get("expiresIn").asLong()).isEqualTo(900);
        assertThat(reply.json().get("accessToken").asText().split("\\.")).hasSize(3);
        assertThat(reply.json().get("refreshToken").asText()).hasSize(43);
        assertThat(Api.get("/api/v1/me", reply.json().get("accessToken").asText()).json().get("email").asText())
                .isEqualTo(email);
    }

    @Test
    void unknownEmailAndWrongPasswordLookTheSame() {
        String email = Api.uniqueEmail("same");
        Accounts.register(email);

        Api.Reply wrongPassword = login(email, "wrong-password-entirely");
        Api.Reply unknownEmail = login(Api.uniqueEmail("nobody"), "wrong-password-entirely");

        assertThat(wrongPassword.status()).isEqualTo(401).isEqualTo(unknownEmail.status());
        assertThat(wrongPassword.json().get("code").asText()).isEqualTo("INVALID_CREDENTIALS");
        ObjectNode first = (ObjectNode) wrongPassword.json();
        ObjectNode second = (ObjectNode) unknownEmail.json();
        first.remove("requestId");
        second.remove("requestId");
        assertThat(first).isEqualTo(second);
    }

    @Test
    void theSixthFailureWithinFifteenMinutesIsThrottled() {
        String email = Api.uniqueEmail("guess");
        Accounts.register(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(email, "guess-number-" + attempt + "-abc").status()).isEqualTo(401);
        }

        Api.Reply throttled = login(email, PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asText()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void parallelGuessesAreCountedOneByOne() throws Exception {
        String email = Api.uniqueEmail("burst");
        Accounts.register(email);
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String guess = "parallel-guess-" + i + "-xyz";
                statuses.add(threads.submit(() -> login(email, guess).status()));
            }
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                seen.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(seen).containsOnly(401, 429);
            assertThat(seen.stream().filter(status -> status == 401).count()).isEqualTo(5);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledToo() {
        Accounts.Session session = Accounts.newUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.Reply wrong = Api.post("/api/v1/me/password", "{\"currentPassword\":\"guess-" + attempt
                    + "-abcdefgh\",\"newPassword\":\"quiet-Harbour-compass-77\"}", session.accessToken());
            assertThat(wrong.status()).isEqualTo(403);
        }
        Api.Reply throttled = Api.delete("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}",
                session.accessToken());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotNull();
        assertThat(Api.get("/api/v1/me", session.accessToken()).json().get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void refreshRotatesAndAReusedTokenEndsTheSession() {
        Accounts.Session session = Accounts.newUser();

        Api.Reply rotated = refresh(session.refreshToken());
        assertThat(rotated.status()).isEqualTo(200);
        String next = rotated.json().get("refreshToken").asText();
        String nextAccess = rotated.json().get("accessToken").asText();
        assertThat(next).isNotEqualTo(session.refreshToken());
        assertThat(Api.get("/api/v1/me", nextAccess).status()).isEqualTo(200);

        Api.Reply replay = refresh(session.refreshToken());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("code").asText()).isEqualTo("REFRESH_TOKEN_REUSED");

        assertThat(refresh(next).json().get("code").asText()).isEqualTo("SESSION_REVOKED");
        assertThat(Api.get("/api/v1/me", nextAccess).status()).isEqualTo(401);
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        Api.Reply reply = refresh("not-a-token-we-ever-issued");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("code").asText()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void logoutRevokesTheSessionAndItsAccessToken() {
        Accounts.Session session = Accounts.newUser();
        Accounts.Session other = Accounts.login(session.email(), PASSWORD);

        Api.Reply out = Api.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + session.refreshToken() + "\"}", null);
        assertThat(out.status()).isEqualTo(204);

        assertThat(Api.get("/api/v1/me", session.accessToken()).status()).isEqualTo(401);
        assertThat(refresh(session.refreshToken()).status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/me", other.accessToken()).status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + session.refreshToken() + "\"}", null)
                .status()).isEqualTo(204);
    }

    @Test
    void aForgedOrExpiredLookingTokenIsAnonymous() {
        Api.Reply reply = Api.get("/api/v1/me", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.json().get("code").asText()).isEqualTo("UNAUTHORIZED");
    }
}
