package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input gets a 4xx problem+json with a stable code, in English or French; never a 500. */
class ProblemJsonSystemTest {
    private static final String REGISTER = "/api/v1/auth/register";

    private static JsonNode problem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).startsWith("/problems/");
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.get("errors").isArray()).isTrue();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at app.").doesNotContain("io.micronaut")
                .doesNotContain("java.").doesNotContain("SQL").doesNotContain("com.fasterxml");
        return body;
    }

    @Test
    void malformedJson() {
        problem(Api.post(REGISTER, "{\"email\": \"a@b.c\",", null), 400, "MALFORMED_JSON");
    }

    @Test
    void wrongTypes() {
        JsonNode body = problem(Api.post(REGISTER,
                "{\"email\":\"x@example.org\",\"password\":{\"no\":1},\"displayName\":\"X\"}", null),
                400, "INVALID_VALUE");
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("password");
    }

    @Test
    void unknownEnumValue() {
        String id = Api.get("/api/v1/me", Accounts.newUser().accessToken()).json().get("id").asText();
        JsonNode body = problem(Api.patch("/api/v1/admin/users/" + id, "{\"role\":\"EMPEROR\"}",
                Accounts.admin().accessToken()), 400, "INVALID_VALUE");
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("role");
    }

    @Test
    void missingFieldsAreEachNamed() {
        JsonNode body = problem(Api.post(REGISTER, "{}", null), 400, "VALIDATION_FAILED");
        assertThat(body.get("errors")).extracting(error -> error.get("field").asText())
                .contains("email", "password", "displayName");
    }

    @Test
    void invalidFieldsAreEachNamed() {
        JsonNode body = problem(Api.post(REGISTER,
                "{\"email\":\"not-an-email\",\"password\":\"long-enough-password\",\"displayName\":\"   \","
                        + "\"locale\":\"de\"}", null), 400, "VALIDATION_FAILED");
        assertThat(body.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("email", "displayName", "locale");
    }

    @Test
    void aNulInTheEmailIsWrongCredentialsAtSignIn() {
        problem(Api.post("/api/v1/auth/login",
                "{\"email\":\"ann\\u0000@example.org\",\"password\":\"" + Accounts.PASSWORD + "\"}", null),
                401, "INVALID_CREDENTIALS");
    }

    @Test
    void aNulInTheEmailIsInvalidAtRegistration() {
        JsonNode body = problem(Api.post(REGISTER, Accounts.registerBody("ann\\u0000@example.org",
                Accounts.PASSWORD, "Ann"), null), 400, "VALIDATION_FAILED");
        assertThat(body.get("errors")).extracting(error -> error.get("field").asText()).containsExactly("email");
    }

    @Test
    void aControlCharacterInTheDisplayNameNamesTheField() {
        JsonNode body = problem(Api.post(REGISTER, Accounts.registerBody(Api.uniqueEmail("nul"),
                Accounts.PASSWORD, "Ann\\u0000"), null), 400, "INVALID_VALUE");
        assertThat(body.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("displayName");
    }

    @Test
    void aControlCharacterInTheAdminEmailFilterIsInvalid() {
        String admin = Accounts.admin().accessToken();
        JsonNode body = problem(Api.get("/api/v1/admin/users?email=ann%00", admin), 400, "VALIDATION_FAILED");
        assertThat(body.get("errors")).extracting(error -> error.get("field").asText()).containsExactly("email");
        String nulCursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("v1:ann\u0000@example.org".getBytes(StandardCharsets.UTF_8));
        problem(Api.get("/api/v1/admin/users?cursor=" + nulCursor, admin), 400, "INVALID_CURSOR");
    }

    @Test
    void anEmptyBody() {
        problem(Api.send(Api.request(REGISTER, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())), 400, "MISSING_VALUE");
    }

    @Test
    void anOversizedBody() {
        String answer = Api.headersOnly("POST", REGISTER, null, "application/json", 1_100_000, "PAYLOAD_TOO_LARGE");

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void aWrongContentType() {
        problem(Api.send(Api.request(REGISTER, null).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anUnknownRoute() {
        problem(Api.get("/api/v1/no-such-thing", null), 404, "NOT_FOUND");
    }

    @Test
    void aWrongMethod() {
        Api.Reply reply = Api.send(Api.request(REGISTER, null).GET());
        problem(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).contains("POST");
    }

    @Test
    void frenchWhenAskedFor() {
        Api.Reply reply = Api.send(Api.request(REGISTER, null).header("Content-Type", "application/json")
                .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").POST(HttpRequest.BodyPublishers.ofString("{}")));
        JsonNode body = problem(reply, 400, "VALIDATION_FAILED");
        assertThat(body.get("title").asText()).isEqualTo("Saisie invalide");
        assertThat(body.get("errors")).extracting(error -> error.get("message").asText()).contains("est obligatoire");
    }

    @Test
    void englishByDefaultAndForUnsupportedLanguages() {
        Api.Reply reply = Api.send(Api.request(REGISTER, null).header("Content-Type", "application/json")
                .header("Accept-Language", "de-DE").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(problem(reply, 400, "VALIDATION_FAILED").get("title").asText()).isEqualTo("Invalid input");
    }

    @Test
    void frenchDomainRejections() {
        String email = Api.uniqueEmail("fr");
        Accounts.register(email);
        Api.Reply reply = Api.send(Api.request(REGISTER, null).header("Content-Type", "application/json")
                .header("Accept-Language", "fr").POST(HttpRequest.BodyPublishers.ofString(
                        Accounts.registerBody(email, Accounts.PASSWORD, "Jean"))));
        assertThat(problem(reply, 409, "EMAIL_TAKEN").get("title").asText()).isEqualTo("E-mail déjà inscrit");
    }

    @Test
    void theRequestIdIsEchoedInTheProblem() {
        Api.Reply reply = Api.send(Api.request("/api/v1/nowhere", null).header("X-Request-Id", "trace-42").GET());
        assertThat(problem(reply, 404, "NOT_FOUND").get("requestId").asText()).isEqualTo("trace-42");
    }
}
