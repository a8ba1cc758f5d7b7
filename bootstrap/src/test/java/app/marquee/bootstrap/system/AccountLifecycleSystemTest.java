package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static app.marquee.bootstrap.system.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer opens an account, signs in, edits the profile, exports it, changes password and leaves. */
class AccountLifecycleSystemTest {

    @Test
    void aNewcomerRegistersAndSeesTheAccountWithoutItsHash() {
        String email = Api.uniqueEmail("Ann").toUpperCase();
        Api.Reply reply = Api.post("/api/v1/auth/register",
                Accounts.registerBody("  " + email + " ", PASSWORD, "  Ann Lee  "), null);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode account = reply.json();
        assertThat(account.get("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(account.get("displayName").asText()).isEqualTo("Ann Lee");
        assertThat(account.get("role").asText()).isEqualTo("USER");
        assertThat(account.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(account.get("locale").asText()).isEqualTo("en");
        assertThat(reply.body()).doesNotContain("argon2").doesNotContain(PASSWORD).doesNotContainIgnoringCase("hash");
    }

    @Test
    void theSameEmailInAnotherCaseIsTaken() {
        String email = Api.uniqueEmail("dup");
        Accounts.register(email);

        Api.Reply again = Api.post("/api/v1/auth/register",
                Accounts.registerBody(email.toUpperCase(), PASSWORD, "Someone"), null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("code").asText()).isEqualTo("EMAIL_TAKEN");
        assertThat(again.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
    }

    @Test
    void weakPasswordsAreRefusedWithTheirReason() {
        assertThat(registerWithPassword("short-1")).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(registerWithPassword("password123456")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(registerWithPassword("1qaz2wsx3edc")).isEqualTo("PASSWORD_TOO_COMMON");
        String email = Api.uniqueEmail("self");
        Api.Reply sameAsEmail = Api.post("/api/v1/auth/register", Accounts.registerBody(email, email, "Me"), null);
        assertThat(sameAsEmail.status()).isEqualTo(422);
        assertThat(sameAsEmail.json().get("code").asText()).isEqualTo("PASSWORD_SAME_AS_EMAIL");
    }

    private static String registerWithPassword(String password) {
        Api.Reply reply = Api.post("/api/v1/auth/register",
                Accounts.registerBody(Api.uniqueEmail("weak"), password, "Weak"), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        return reply.json().get("code").asText();
    }

    @Test
    void aSignedInUserReadsAndEditsTheProfile() {
        Accounts.Session session = Accounts.newUser();

        Api.Reply me = Api.get("/api/v1/me", session.accessToken());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asText()).isEqualTo(session.email());

        Api.Reply patched = Api.patch("/api/v1/me",
                "{\"displayName\":\" Zoé \",\"locale\":\"fr\",\"phone\":\"+33 6 12 34 56 78\"}", session.accessToken());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("displayName").asText()).isEqualTo("Zoé");
        assertThat(patched.json().get("locale").asText()).isEqualTo("fr");
        assertThat(patched.json().get("phone").asText()).isEqualTo("+33612345678");

        Api.Reply kept = Api.patch("/api/v1/me", "{\"displayName\":\"Zoé B\"}", session.accessToken());
        assertThat(kept.json().get("phone").asText()).isEqualTo("+33612345678");
        assertThat(kept.json().get("locale").asText()).isEqualTo("fr");

        Api.Reply removed = Api.patch("/api/v1/me", "{\"phone\":null}", session.accessToken());
        assertThat(removed.json().get("phone").isNull()).isTrue();
        assertThat(removed.json().get("displayName").asText()).isEqualTo("Zoé B");
    }

    @Test
    void profileEditsAreValidated() {
        Accounts.Session session = Accounts.newUser();

        Api.Reply tooLong = Api.patch("/api/v1/me", "{\"displayName\":\"" + "x".repeat(61) + "\"}",
                session.accessToken());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("INVALID_VALUE");
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("displayName");

        Api.Reply badPhone = Api.patch("/api/v1/me", "{\"phone\":\"06 12 34\"}", session.accessToken());
        assertThat(badPhone.status()).isEqualTo(422);
        assertThat(badPhone.json().get("code").asText()).isEqualTo("PHONE_NUMBER_INVALID");
        assertThat(badPhone.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");
        Api.Reply national = Api.patch("/api/v1/me", "{\"phone\":\"0612345678\"}", session.accessToken());
        assertThat(national.json().get("phone").asText()).as("read in the default region, FR").isEqualTo("+33612345678");

        Api.Reply badLocale = Api.patch("/api/v1/me", "{\"locale\":\"de\"}", session.accessToken());
        assertThat(badLocale.status()).isEqualTo(400);
        assertThat(badLocale.json().get("errors").get(0).get("field").asText()).isEqualTo("locale");
    }

    @Test
    void aDisplayNameIsCountedInCharactersNotInUtf16Units() {
        String thirtyOneEmoji = "\uD83C\uDFAC".repeat(31);
        String email = Api.uniqueEmail("emoji");
        Api.Reply registered = Api.post("/api/v1/auth/register",
                Accounts.registerBody(email, PASSWORD, thirtyOneEmoji), null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("displayName").asText()).isEqualTo(thirtyOneEmoji);

        Accounts.Session session = Accounts.login(email, PASSWORD);
        String sixtyEmoji = "\uD83C\uDF7F".repeat(60);
        Api.Reply renamed = Api.patch("/api/v1/me", "{\"displayName\":\" " + sixtyEmoji + " \"}",
                session.accessToken());
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("displayName").asText()).isEqualTo(sixtyEmoji);

        Api.Reply tooLong = Api.post("/api/v1/auth/register",
                Accounts.registerBody(Api.uniqueEmail("long"), PASSWORD, "x".repeat(61)), null);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("displayName");
    }

    @Test
    void aDisplayNameOrLocaleCannotBeRemovedButAPhoneCan() {
        Accounts.Session session = Accounts.newUser();
        Api.patch("/api/v1/me", "{\"phone\":\"+14155550123\"}", session.accessToken());

        Api.Reply noName = Api.patch("/api/v1/me", "{\"displayName\":null}", session.accessToken());
        assertThat(noName.status()).as(noName.body()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asText()).isEqualTo("displayName");

        Api.Reply noLocale = Api.patch("/api/v1/me", "{\"locale\":null,\"phone\":null}", session.accessToken());
        assertThat(noLocale.status()).as(noLocale.body()).isEqualTo(400);
        assertThat(noLocale.json().get("errors").get(0).get("field").asText()).isEqualTo("locale");

        JsonNode unchanged = Api.get("/api/v1/me", session.accessToken()).json();
        assertThat(unchanged.get("displayName").asText()).isEqualTo("Tester");
        assertThat(unchanged.get("locale").asText()).isEqualTo("en");
        assertThat(unchanged.get("phone").asText()).isEqualTo("+14155550123");

        Api.Reply noPhone = Api.patch("/api/v1/me", "{\"phone\":null}", session.accessToken());
        assertThat(noPhone.status()).isEqualTo(200);
        assertThat(noPhone.json().get("phone").isNull()).isTrue();
    }

    @Test
    void changingThePasswordSignsOutOtherSessionsButNotThisOne() {
        Accounts.Session here = Accounts.newUser();
        Accounts.Session elsewhere = Accounts.login(here.email(), PASSWORD);
        String newPassword = "quiet-Harbour-compass-77";

        Api.Reply wrong = Api.post("/api/v1/me/password",
                "{\"currentPassword\":\"not-my-password-at-all\",\"newPassword\":\"" + newPassword + "\"}",
                here.accessToken());
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("code").asText()).isEqualTo("WRONG_PASSWORD");

        Api.Reply changed = Api.post("/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}", here.accessToken());
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);

        assertThat(Api.get("/api/v1/me", here.accessToken()).status()).isEqualTo(200);
        Api.Reply other = Api.get("/api/v1/me", elsewhere.accessToken());
        assertThat(other.status()).isEqualTo(401);
        assertThat(other.json().get("code").asText()).isEqualTo("SESSION_REVOKED");
        assertThat(Api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + elsewhere.refreshToken() + "\"}", null)
                .status()).isEqualTo(401);
        assertThat(Api.post("/api/v1/auth/login",
                "{\"email\":\"" + here.email() + "\",\"password\":\"" + PASSWORD + "\"}", null).status()).isEqualTo(401);
        Accounts.login(here.email(), newPassword);
    }

    @Test
    void theExportHoldsTheProfileAndSessions() {
        Accounts.Session session = Accounts.newUser();
        Api.patch("/api/v1/me", "{\"phone\":\"+14155550123\"}", session.accessToken());

        Api.Reply export = Api.get("/api/v1/me/export", session.accessToken());

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("account").get("email").asText()).isEqualTo(session.email());
        assertThat(export.json().get("account").get("phone").asText()).isEqualTo("+14155550123");
        assertThat(export.json().get("sessions")).hasSize(1);
        assertThat(export.json().get("exportedAt").asText()).isNotBlank();
        assertThat(export.body()).doesNotContain("argon2").doesNotContain(session.refreshToken());
    }

    @Test
    void deletingTheAccountNeedsThePasswordAndEndsEverySession() {
        Accounts.Session session = Accounts.newUser();

        Api.Reply wrong = Api.delete("/api/v1/me", "{\"password\":\"not-the-password-123\"}", session.accessToken());
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/me", session.accessToken()).status()).isEqualTo(200);

        Api.Reply deleted = Api.delete("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", session.accessToken());
        assertThat(deleted.status()).isEqualTo(204);

        Api.Reply me = Api.get("/api/v1/me", session.accessToken());
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.json().get("code").asText()).isEqualTo("ACCOUNT_CLOSED");
        assertThat(me.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        Api.Reply login = Api.post("/api/v1/auth/login",
                "{\"email\":\"" + session.email() + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.json().get("code").asText()).isEqualTo("ACCOUNT_CLOSED");
        assertThat(Api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + session.refreshToken() + "\"}", null)
                .status()).isEqualTo(401);
    }

    @Test
    void aClosedAccountShowsWhenItWillBeAnonymised() {
        Accounts.Session session = Accounts.newUser();
        JsonNode id = Api.get("/api/v1/me", session.accessToken()).json().get("id");
        Api.delete("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", session.accessToken());

        JsonNode closed = Api.get("/api/v1/admin/users/" + id.asText(), Accounts.admin().accessToken()).json();

        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        Api.Reply restored = Api.patch("/api/v1/admin/users/" + id.asText(), "{\"disabled\":false}",
                Accounts.admin().accessToken());
        assertThat(restored.status()).isEqualTo(409);
        assertThat(restored.json().get("code").asText()).isEqualTo("CLOSED_ACCOUNT_UNCHANGEABLE");
        assertThat(java.time.Duration.between(java.time.Instant.parse(closed.get("closedAt").asText()),
                java.time.Instant.parse(closed.get("anonymisationDueAt").asText())).toDays()).isEqualTo(30);
    }
}
