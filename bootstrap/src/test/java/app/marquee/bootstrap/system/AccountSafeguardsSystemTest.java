package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static app.marquee.bootstrap.system.AccountSecuritySystemTest.answer;
import static app.marquee.bootstrap.system.AccountSecuritySystemTest.code;
import static app.marquee.bootstrap.system.AccountSecuritySystemTest.confirmation;
import static app.marquee.bootstrap.system.AccountSecuritySystemTest.mailedToken;
import static app.marquee.bootstrap.system.AccountSecuritySystemTest.signInChallenge;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the account security review asked for, as a customer and an admin meet it: two-factor is
 * turned on only by the owner's password and then ends the other sessions, no token is left in a
 * cache, a half-done sign-in dies with a password reset, an admin helps an owner who lost the phone,
 * a secret moved onto another account opens nothing, and an order already paid stays answered.
 */
class AccountSafeguardsSystemTest {

    /** An account with two-factor on; {@code secret} is what the app holds, {@code step} the step its code used. */
    private record Careful(String email, String id, String token, String secret, long step, JsonNode recovery) {
    }

    private static Careful withTwoFactor(String who) {
        String email = Api.uniqueEmail(who);
        String id = Accounts.register(email).get("id").asText();
        String token = Accounts.login(email, Accounts.PASSWORD).accessToken();
        String secret = Api.post("/api/v1/me/two-factor", "", token).json().get("secret").asText();
        long step = Instant.now().getEpochSecond() / 30;
        Api.Reply confirmed = Api.post("/api/v1/me/two-factor/confirm", confirmation(code(secret, step)), token);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return new Careful(email, id, token, secret, step, confirmed.json().get("codes"));
    }

    private static void assertNotCached(Api.Reply reply) {
        assertThat(reply.header("Cache-Control")).as(reply.body()).isEqualTo("no-store");
        assertThat(reply.header("Pragma")).isEqualTo("no-cache");
    }

    @Test
    void turningTwoFactorOnTakesThePasswordEndsTheOtherSessionsAndNoTokenIsEverCached() {
        String email = Api.uniqueEmail("cautious");
        Accounts.register(email);
        Accounts.Session laptop = Accounts.login(email, Accounts.PASSWORD);
        Api.Reply signedIn = Api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\""
                + Accounts.PASSWORD + "\"}", null);
        assertNotCached(signedIn);
        String phone = signedIn.json().get("accessToken").asText();

        Api.Reply enrolled = Api.post("/api/v1/me/two-factor", "", phone);
        assertNotCached(enrolled);
        String secret = enrolled.json().get("secret").asText();
        long step = Instant.now().getEpochSecond() / 30;
        JsonNode stolen = Catalog.problemOn(Catalog.post("/api/v1/me/two-factor/confirm", "{\"code\":\""
                + code(secret, step) + "\",\"password\":\"not-the-password-at-all\"}", phone, "Accept-Language", "fr"),
                403, "WRONG_PASSWORD", "password");
        assertThat(stolen.get("title").asText()).isNotBlank();
        Catalog.problemOn(Api.post("/api/v1/me/two-factor/confirm", "{\"code\":\"123456\"}", phone), 400,
                "VALIDATION_FAILED", "password");
        Api.Reply confirmed = Api.post("/api/v1/me/two-factor/confirm", confirmation(code(secret, step)), phone);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertNotCached(confirmed);

        Catalog.problem(Api.get("/api/v1/me", laptop.accessToken()), 401, "SESSION_REVOKED");
        Catalog.problem(Api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + laptop.refreshToken() + "\"}", null),
                401, "SESSION_REVOKED");
        assertThat(Api.get("/api/v1/me", phone).status()).as("the session that turned it on stays").isEqualTo(200);

        Api.Reply challenged = Api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\""
                + Accounts.PASSWORD + "\"}", null);
        assertNotCached(challenged);
        Api.Reply answered = answer(challenged.json(), "code", code(secret, step + 1));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertNotCached(answered);
        Api.Reply refreshed = Api.post("/api/v1/auth/refresh", "{\"refreshToken\":\""
                + answered.json().get("refreshToken").asText() + "\"}", null);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertNotCached(refreshed);
    }

    @Test
    void aSignInHalfDoneBeforeAPasswordResetCannotBeFinishedAfterIt() {
        Careful eve = withTwoFactor("reset");
        JsonNode beforeReset = signInChallenge(eve.email());

        Api.post("/api/v1/auth/password-reset", "{\"email\":\"" + eve.email() + "\"}", null);
        String token = mailedToken(eve.email(), eve.id(), "PASSWORD_RESET");
        assertThat(Api.post("/api/v1/auth/password-reset/complete", "{\"token\":\"" + token + "\",\"newPassword\":\""
                + "a-Fresh-Start-for-" + UUID.randomUUID() + "\"}", null).status()).isEqualTo(204);

        Catalog.problem(answer(beforeReset, "code", code(eve.secret(), eve.step() + 1)), 401,
                "INVALID_TWO_FACTOR_CHALLENGE");
    }

    @Test
    void anAdminTurnsOffTheTwoFactorOfAnOwnerWhoLostThePhoneAndTheOwnerIsTold() {
        String admin = Accounts.admin().accessToken();
        Catalog.problem(Catalog.delete("/api/v1/admin/users/" + UUID.randomUUID() + "/two-factor", admin), 404,
                "ACCOUNT_NOT_FOUND");
        String plainEmail = Api.uniqueEmail("plain");
        String plain = Accounts.register(plainEmail).get("id").asText();
        JsonNode notOn = Catalog.problem(Catalog.delete("/api/v1/admin/users/" + plain + "/two-factor", admin,
                "Accept-Language", "fr"), 409, "TWO_FACTOR_NOT_ENABLED");
        assertThat(notOn.get("title").asText()).isEqualTo("Double authentification non configurée");
        Careful fay = withTwoFactor("lost-phone");
        assertThat(Catalog.delete("/api/v1/admin/users/" + fay.id() + "/two-factor", fay.token()).status())
                .as("only an admin").isEqualTo(403);

        assertThat(Catalog.delete("/api/v1/admin/users/" + fay.id() + "/two-factor", admin).status()).isEqualTo(204);

        assertThat(Database.count("SELECT count(*) FROM outbox_messages WHERE account_id = '" + fay.id()
                + "' AND kind = 'TWO_FACTOR_DISABLED'")).isEqualTo(1);
        assertThat(Accounts.login(fay.email(), Accounts.PASSWORD).accessToken()).isNotBlank();
        Catalog.problem(Catalog.delete("/api/v1/admin/users/" + fay.id() + "/two-factor", admin), 409,
                "TWO_FACTOR_NOT_ENABLED");
    }

    @Test
    void aSecretCopiedOntoAnotherAccountOpensNothingThereAndTheOwnerFallsBackOnARecoveryCode() {
        Careful gil = withTwoFactor("copied-from");
        Careful hal = withTwoFactor("copied-onto");
        assertThat(Database.count("WITH moved AS (UPDATE two_factors SET sealed_secret = (SELECT sealed_secret FROM"
                + " two_factors WHERE account_id = '" + gil.id() + "') WHERE account_id = '" + hal.id()
                + "' RETURNING 1) SELECT count(*) FROM moved")).isEqualTo(1);
        JsonNode challenge = signInChallenge(hal.email());

        JsonNode unavailable = Catalog.problem(answer(challenge, "code", code(gil.secret(), gil.step() + 1)), 503,
                "TWO_FACTOR_UNAVAILABLE");
        assertThat(unavailable.toString()).doesNotContain(gil.secret()).doesNotContain("Exception");
        JsonNode enFrancais = Catalog.problem(Catalog.post("/api/v1/auth/login/two-factor", "{\"challenge\":\""
                + challenge.get("challenge").asText() + "\",\"code\":\"" + code(gil.secret(), gil.step() + 1) + "\"}",
                null, "Accept-Language", "fr"), 503, "TWO_FACTOR_UNAVAILABLE");
        assertThat(enFrancais.get("title").asText()).isEqualTo("Vérification en deux étapes indisponible");

        Api.Reply recovered = answer(challenge, "recoveryCode", hal.recovery().get(0).asText());
        assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
    }

    @Test
    void anOrderAlreadyPaidIsStillAnsweredOnReplayAfterTheAdminTookTheVerificationBack() {
        Shop shop = Shop.open();
        Accounts.Session ivy = Accounts.newUser();
        String id = Api.get("/api/v1/me", ivy.accessToken()).json().get("id").asText();
        String key = UUID.randomUUID().toString();
        String hold = shop.holdSeats(ivy.accessToken(), "Stalls D-1");
        Api.Reply paid = OrderSystemTest.pay(ivy.accessToken(), key, hold, OrderSystemTest.VISA);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        String nextHold = shop.holdSeats(ivy.accessToken(), "Stalls E-1");

        Api.patch("/api/v1/admin/users/" + id, "{\"emailVerified\":false}", Accounts.admin().accessToken());

        Api.Reply replayed = OrderSystemTest.pay(ivy.accessToken(), key, hold, OrderSystemTest.VISA);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(201);
        assertThat(replayed.json().get("id").asText()).isEqualTo(paid.json().get("id").asText());
        Catalog.problem(OrderSystemTest.pay(ivy.accessToken(), UUID.randomUUID().toString(), nextHold,
                OrderSystemTest.VISA), 403, "EMAIL_NOT_VERIFIED");
    }
}
