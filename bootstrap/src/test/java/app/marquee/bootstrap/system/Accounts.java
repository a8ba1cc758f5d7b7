package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps the scenarios share: open an account, sign in. The viewers they make may buy: their
 * e-mail is marked verified by the admin, as a box office would for a customer at the counter
 * (the server keeps MARQUEE_REQUIRE_VERIFIED_EMAIL on, so the purchase gate is really exercised).
 */
final class Accounts {
    static final String PASSWORD = "violet-Meadow-lantern-91";
    private static String adminToken;

    private Accounts() {
    }

    static String registerBody(String email, String password, String displayName) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"" + displayName
                + "\",\"locale\":\"en\"}";
    }

    static JsonNode register(String email) {
        Api.Reply reply = Api.post("/api/v1/auth/register", registerBody(email, PASSWORD, "Tester"), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static Session login(String email, String password) {
        Api.Reply reply = Api.post("/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Session(reply.json().get("accessToken").asText(), reply.json().get("refreshToken").asText());
    }

    /** A viewer whose e-mail is verified, so they may buy. */
    static Session newUser() {
        String email = Api.uniqueEmail("user");
        markEmailVerified(register(email).get("id").asText());
        return login(email, PASSWORD).withEmail(email);
    }

    /** A viewer who shows this display name to others, e-mail verified. */
    static Session newUser(String displayName) {
        String email = Api.uniqueEmail("user");
        Api.Reply reply = Api.post("/api/v1/auth/register", registerBody(email, PASSWORD, displayName), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        markEmailVerified(reply.json().get("id").asText());
        return login(email, PASSWORD).withEmail(email);
    }

    /** A new account the admin made an OPERATOR (e-mail verified), signed in after the promotion. */
    static Session operator() {
        String email = Api.uniqueEmail("operator");
        String id = register(email).get("id").asText();
        Api.Reply promoted = Api.patch("/api/v1/admin/users/" + id, "{\"role\":\"OPERATOR\",\"emailVerified\":true}",
                admin().accessToken());
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        return login(email, PASSWORD).withEmail(email);
    }

    /** The admin vouches for the account's e-mail (PATCH /api/v1/admin/users/{id}), signing in once per run. */
    static synchronized void markEmailVerified(String accountId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (adminToken == null) {
                adminToken = admin().accessToken();
            }
            Api.Reply marked = Api.patch("/api/v1/admin/users/" + accountId, "{\"emailVerified\":true}", adminToken);
            if (marked.status() != 401) {
                assertThat(marked.status()).as(marked.body()).isEqualTo(200);
                return;
            }
            adminToken = null;
        }
        throw new AssertionError("the admin could not mark " + accountId + " verified");
    }

    static Session admin() {
        return login(MarqueeServer.ADMIN_EMAIL, MarqueeServer.ADMIN_PASSWORD).withEmail(MarqueeServer.ADMIN_EMAIL);
    }

    record Session(String accessToken, String refreshToken, String email) {
        Session(String accessToken, String refreshToken) {
            this(accessToken, refreshToken, null);
        }

        Session withEmail(String address) {
            return new Session(accessToken, refreshToken, address);
        }
    }
}
