package app.marquee.bootstrap.system;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account security as a customer meets it: the welcome e-mail's link before buying, a forgotten
 * password reset by mail, and a second sign-in step with an authenticator app. The e-mails are read
 * where a customer finds them: in the e-mail the outbox's dispatcher delivered to the mail server.
 */
class AccountSecuritySystemTest {
    private static final String VISA = "4242424242424242";

    @Test
    void aNewcomerBrowsesFreelyButBuysOnlyOnceTheyFollowTheLinkInTheirWelcomeEmail() {
        Shop shop = Shop.open();
        String email = Api.uniqueEmail("newcomer");
        String id = Accounts.register(email).get("id").asText();
        String token = mailedToken(email, id, "WELCOME");
        String ann = Accounts.login(email, Accounts.PASSWORD).accessToken();
        assertThat(Api.get("/api/v1/me", ann).json().get("emailVerified").asBoolean()).isFalse();
        assertThat(Api.get("/api/v1/shows/" + shop.id(), ann).status()).isEqualTo(200);

        Catalog.problem(holdOneSeat(shop, ann, "Stalls E-1"), 403, "EMAIL_NOT_VERIFIED");
        JsonNode enFrancais = Catalog.problem(Catalog.post("/api/v1/shows/" + shop.id() + "/holds",
                holdBody(shop, "Stalls E-1"), ann, "Accept-Language", "fr"), 403, "EMAIL_NOT_VERIFIED");
        assertThat(enFrancais.get("title").asText()).isEqualTo("E-mail non vérifié");
        Catalog.problem(Api.post("/api/v1/shows/" + shop.id() + "/waiting-list",
                "{\"tierId\":\"" + UUID.randomUUID() + "\",\"places\":1}", ann), 403, "EMAIL_NOT_VERIFIED");

        Catalog.problem(Api.post("/api/v1/auth/verify-email", "{\"token\":\"not-a-token\"}", null), 400,
                "INVALID_VERIFICATION_TOKEN");
        assertThat(Api.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status()).isEqualTo(204);
        JsonNode usedTwice = Catalog.problem(Catalog.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}",
                null, "Accept-Language", "fr"), 400, "INVALID_VERIFICATION_TOKEN");
        assertThat(usedTwice.get("title").asText()).isEqualTo("Lien de vérification invalide");

        assertThat(Api.get("/api/v1/me", ann).json().get("emailVerified").asBoolean()).isTrue();
        Api.Reply held = holdOneSeat(shop, ann, "Stalls E-1");
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(OrderSystemTest.placed(ann, held.json().get("id").asText()).get("state").asText()).isEqualTo("PAID");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndLinksAreNotSentWithoutEnd() {
        String email = Api.uniqueEmail("resend");
        String id = Accounts.register(email).get("id").asText();
        String welcome = mailedToken(email, id, "WELCOME");
        String bob = Accounts.login(email, Accounts.PASSWORD).accessToken();

        Api.Reply resent = Api.post("/api/v1/me/email-verification", "", bob);
        assertThat(resent.status()).as(resent.body()).isEqualTo(202);
        assertThat(Instant.parse(resent.json().get("expiresAt").asText())).isAfter(Instant.now().plusSeconds(23 * 3600));
        String fresh = mailedToken(email, id, "EMAIL_VERIFICATION");
        Catalog.problem(Api.post("/api/v1/auth/verify-email", "{\"token\":\"" + welcome + "\"}", null), 400,
                "INVALID_VERIFICATION_TOKEN");

        assertThat(Api.post("/api/v1/me/email-verification", "", bob).status()).isEqualTo(202);
        assertThat(Api.post("/api/v1/me/email-verification", "", bob).status()).isEqualTo(202);
        String latest = mailedToken(email, id, "EMAIL_VERIFICATION");
        Api.Reply fourth = Api.post("/api/v1/me/email-verification", "", bob);
        Catalog.problem(fourth, 429, "TOO_MANY_REQUESTS");
        assertThat(fourth.header("Retry-After")).isNotBlank();
        assertThat(Database.count("SELECT count(*) FROM outbox_messages WHERE account_id = '" + id + "'")).isEqualTo(4);

        assertThat(latest).isNotEqualTo(fresh);
        assertThat(Api.post("/api/v1/auth/verify-email", "{\"token\":\"" + latest + "\"}", null).status()).isEqualTo(204);
        Catalog.problem(Api.post("/api/v1/me/email-verification", "", bob), 409, "EMAIL_ALREADY_VERIFIED");
    }

    @Test
    void anAdminVouchesForACustomersAddressAndCanTakeItBackBeforeThePayment() {
        Shop shop = Shop.open();
        String email = Api.uniqueEmail("counter");
        String id = Accounts.register(email).get("id").asText();
        String cat = Accounts.login(email, Accounts.PASSWORD).accessToken();
        String admin = Accounts.admin().accessToken();

        Api.Reply vouched = Api.patch("/api/v1/admin/users/" + id, "{\"emailVerified\":true}", admin);
        assertThat(vouched.json().get("emailVerified").asBoolean()).isTrue();
        String hold = shop.holdSeats(cat, "Stalls D-1");
        Api.patch("/api/v1/admin/users/" + id, "{\"emailVerified\":false}", admin);

        Catalog.problem(OrderSystemTest.pay(cat, UUID.randomUUID().toString(), hold, VISA), 403, "EMAIL_NOT_VERIFIED");
        assertThat(Database.count("SELECT count(*) FROM payments WHERE hold_id = '" + hold + "'")).isZero();
        assertThat(Api.get("/api/v1/admin/users/" + id, admin).json().get("emailVerified").asBoolean()).isFalse();
    }

    @Test
    void aForgottenPasswordIsResetByMailAndEverySessionItHadEnds() {
        String email = Api.uniqueEmail("forgetful");
        String id = Accounts.register(email).get("id").asText();
        Accounts.Session phone = Accounts.login(email, Accounts.PASSWORD);
        Accounts.Session laptop = Accounts.login(email, Accounts.PASSWORD);

        Api.Reply known = Api.post("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}", null);
        String token = mailedToken(email, id, "PASSWORD_RESET");
        Api.Reply unknown = Api.post("/api/v1/auth/password-reset", "{\"email\":\"" + Api.uniqueEmail("nobody") + "\"}",
                null);
        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());

        Catalog.problemOn(Api.post("/api/v1/auth/password-reset/complete", "{\"token\":\"" + token
                + "\",\"newPassword\":\"short\"}", null), 422, "PASSWORD_TOO_SHORT", "newPassword");
        String newPassword = "a-Fresh-Start-for-" + UUID.randomUUID();
        assertThat(Api.post("/api/v1/auth/password-reset/complete", "{\"token\":\"" + token + "\",\"newPassword\":\""
                + newPassword + "\"}", null).status()).isEqualTo(204);

        Catalog.problem(Api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + laptop.refreshToken() + "\"}", null),
                401, "SESSION_REVOKED");
        Catalog.problem(Api.get("/api/v1/me", phone.accessToken()), 401, "SESSION_REVOKED");
        JsonNode again = Catalog.problem(Catalog.post("/api/v1/auth/password-reset/complete", "{\"token\":\"" + token
                + "\",\"newPassword\":\"" + newPassword + "-2\"}", null, "Accept-Language", "fr"), 400,
                "INVALID_RESET_TOKEN");
        assertThat(again.get("title").asText()).isEqualTo("Lien de réinitialisation invalide");
        Catalog.problem(Api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\""
                + Accounts.PASSWORD + "\"}", null), 401, "INVALID_CREDENTIALS");
        String signedIn = Accounts.login(email, newPassword).accessToken();
        assertThat(Api.get("/api/v1/me", signedIn).json().get("emailVerified").asBoolean())
                .as("the link reached the mailbox").isTrue();
    }

    @Test
    void withAnAuthenticatorAppSignInTakesACodeThatWorksOnceAndARecoveryCodeStandsInForALostPhone() {
        String email = Api.uniqueEmail("careful");
        String id = Accounts.register(email).get("id").asText();
        String dan = Accounts.login(email, Accounts.PASSWORD).accessToken();

        Api.Reply enrolled = Api.post("/api/v1/me/two-factor", "", dan);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        String secret = enrolled.json().get("secret").asText();
        assertThat(enrolled.json().get("otpauthUri").asText())
                .isEqualTo("otpauth://totp/Marquee:" + email + "?secret=" + secret + "&issuer=Marquee");
        assertThat(Database.count("SELECT count(*) FROM two_factors WHERE sealed_secret LIKE '%" + secret + "%'"))
                .as("the secret is not stored in clear").isZero();
        long step = Instant.now().getEpochSecond() / 30;
        Catalog.problem(Api.post("/api/v1/me/two-factor/confirm", confirmation("000000"), dan), 403,
                "INVALID_TWO_FACTOR_CODE");
        Api.Reply confirmed = Api.post("/api/v1/me/two-factor/confirm", confirmation(code(secret, step)), dan);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("codes")).hasSize(10);
        String recovery = confirmed.json().get("codes").get(0).asText();
        assertThat(Database.count("SELECT count(*) FROM outbox_messages WHERE account_id = '" + id
                + "' AND kind = 'TWO_FACTOR_ENABLED'")).isEqualTo(1);

        JsonNode challenge = Api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\""
                + Accounts.PASSWORD + "\"}", null).json();
        assertThat(challenge.get("twoFactorRequired").asBoolean()).isTrue();
        assertThat(challenge.has("accessToken")).isFalse();
        String next = code(secret, step + 1);
        Api.Reply signedIn = answer(challenge, "code", next);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(Api.get("/api/v1/me", signedIn.json().get("accessToken").asText()).status()).isEqualTo(200);
        Catalog.problem(answer(challenge, "code", next), 401, "INVALID_TWO_FACTOR_CHALLENGE");

        JsonNode replay = Catalog.problem(answer(signInChallenge(email), "code", next), 403, "INVALID_TWO_FACTOR_CODE");
        assertThat(replay.get("title").asText()).isEqualTo("Wrong code");
        JsonNode withRecovery = signInChallenge(email);
        assertThat(answer(withRecovery, "recoveryCode", recovery).status()).isEqualTo(200);
        Catalog.problem(answer(signInChallenge(email), "recoveryCode", recovery), 403, "INVALID_TWO_FACTOR_CODE");

        String spare = confirmed.json().get("codes").get(1).asText();
        Catalog.problem(Api.delete("/api/v1/me/two-factor", "{\"password\":\"wrong-password-here\",\"recoveryCode\":\""
                + spare + "\"}", dan), 403, "WRONG_PASSWORD");
        assertThat(Api.delete("/api/v1/me/two-factor", "{\"password\":\"" + Accounts.PASSWORD + "\",\"recoveryCode\":\""
                + spare + "\"}", dan).status()).isEqualTo(204);
        assertThat(Database.count("SELECT count(*) FROM outbox_messages WHERE account_id = '" + id
                + "' AND kind = 'TWO_FACTOR_DISABLED'")).isEqualTo(1);
        assertThat(Accounts.login(email, Accounts.PASSWORD).accessToken()).isNotBlank();
        Catalog.problem(Api.delete("/api/v1/me/two-factor", "{\"password\":\"" + Accounts.PASSWORD
                + "\",\"code\":\"123456\"}", dan), 409, "TWO_FACTOR_NOT_ENABLED");
    }

    /** The body that turns two-factor on: a code from the app, and the password. */
    static String confirmation(String code) {
        return "{\"code\":\"" + code + "\",\"password\":\"" + Accounts.PASSWORD + "\"}";
    }

    private static Api.Reply holdOneSeat(Shop shop, String token, String label) {
        return Api.post("/api/v1/shows/" + shop.id() + "/holds", holdBody(shop, label), token);
    }

    private static String holdBody(Shop shop, String label) {
        String seat = null;
        for (JsonNode candidate : Api.get("/api/v1/shows/" + shop.id() + "/availability", null).json().get("seats")) {
            if (candidate.get("label").asText().equals(label)) {
                seat = candidate.get("id").asText();
            }
        }
        String tier = shop.show().get("priceTiers").get(0).get("id").asText();
        return "{\"items\":[{\"seatId\":\"" + seat + "\",\"tierId\":\"" + tier + "\"}]}";
    }

    /**
     * The token in the link of the account's latest e-mail of this kind, as the customer reads it: the
     * dispatcher sends the outbox's messages in the order written, so once the mailbox holds as many
     * e-mails as the outbox recorded for the account (links and notices alike), the last one is the
     * latest, which must be of this kind. The outbox itself no longer holds the token once sent.
     */
    static String mailedToken(String email, String account, String kind) {
        int written = (int) Database.count("SELECT count(*) FROM outbox_messages WHERE account_id = '" + account
                + "' AND channel = 'EMAIL'");
        assertThat(Database.count("SELECT count(*) FROM outbox_messages WHERE account_id = '" + account + "' AND kind = '"
                + kind + "' AND created_at = (SELECT max(created_at) FROM outbox_messages WHERE account_id = '" + account
                + "' AND channel = 'EMAIL')")).as(kind + " is the latest").isEqualTo(1);
        try {
            List<String> texts = Mailbox.awaitTextsTo(email, written, Duration.ofSeconds(30));
            String page = kind.equals("PASSWORD_RESET") ? "/reset-password" : "/verify-email";
            Matcher link = Pattern.compile(Pattern.quote("http://localhost:8080" + page + "?token=") + "([A-Za-z0-9_-]+)")
                    .matcher(texts.get(texts.size() - 1));
            assertThat(link.find()).as(kind + " e-mail with its link").isTrue();
            return link.group(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode signInChallenge(String email) {
        Api.Reply first = Api.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\""
                + Accounts.PASSWORD + "\"}", null);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        return first.json();
    }

    static Api.Reply answer(JsonNode challenge, String field, String value) {
        return Api.post("/api/v1/auth/login/two-factor", "{\"challenge\":\"" + challenge.get("challenge").asText()
                + "\",\"" + field + "\":\"" + value + "\"}", null);
    }

    /** What an authenticator app shows for this base32 secret during time step {@code step}. */
    static String code(String base32, long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                    new SecretKeySpec(base32Decode(base32), "HmacSHA1"), Instant.ofEpochSecond(step * 30), Locale.ROOT);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
