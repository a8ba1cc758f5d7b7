package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps the scenarios share: open an account, sign in. */
final class Accounts {
    static final String PASSWORD = "violet-Meadow-lantern-91";

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

    static Session newUser() {
        String email = Api.uniqueEmail("user");
        register(email);
        return login(email, PASSWORD).withEmail(email);
    }

    /** A viewer who shows this display name to others. */
    static Session newUser(String displayName) {
        String email = Api.uniqueEmail("user");
        Api.Reply reply = Api.post("/api/v1/auth/register", registerBody(email, PASSWORD, displayName), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return login(email, PASSWORD).withEmail(email);
    }

    /** A new account the admin made an OPERATOR, signed in after the promotion. */
    static Session operator() {
        String email = Api.uniqueEmail("operator");
        String id = register(email).get("id").asText();
        Api.Reply promoted = Api.patch("/api/v1/admin/users/" + id, "{\"role\":\"OPERATOR\"}", admin().accessToken());
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        return login(email, PASSWORD).withEmail(email);
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
