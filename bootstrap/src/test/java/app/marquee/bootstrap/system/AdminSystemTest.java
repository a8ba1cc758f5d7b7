package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.marquee.bootstrap.system.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin created from configuration manages accounts; nobody else may. */
class AdminSystemTest {

    @Test
    void anonymousCallersGet401WithAChallengeAndUsersGet403() {
        Api.Reply anonymous = Api.get("/api/v1/admin/users", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Api.Reply user = Api.get("/api/v1/admin/users", Accounts.newUser().accessToken());
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.json().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(user.header("WWW-Authenticate")).isNull();
    }

    @Test
    void theConfiguredAdminExistsAndListsAccountsPageByPage() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            Accounts.register("page-" + tag + "-" + i + "@example.org");
        }
        String admin = Accounts.admin().accessToken();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Api.Reply page = Api.get("/api/v1/admin/users?email=page-" + tag + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), admin);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(item -> seen.add(item.get("email").asText()));
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
        } while (cursor != null);

        assertThat(seen).containsExactly("page-" + tag + "-0@example.org", "page-" + tag + "-1@example.org",
                "page-" + tag + "-2@example.org", "page-" + tag + "-3@example.org", "page-" + tag + "-4@example.org");
    }

    @Test
    void listsFilterByRoleAndStatus() {
        String admin = Accounts.admin().accessToken();
        JsonNode admins = Api.get("/api/v1/admin/users?role=ADMIN&status=ACTIVE", admin).json().get("items");
        assertThat(admins).isNotEmpty();
        admins.forEach(item -> assertThat(item.get("role").asText()).isEqualTo("ADMIN"));
        assertThat(Api.get("/api/v1/admin/users?cursor=garbage!", admin).json().get("code").asText())
                .isEqualTo("INVALID_CURSOR");
        Api.Reply badRole = Api.get("/api/v1/admin/users?role=KING", admin);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("code").asText()).isEqualTo("INVALID_VALUE");
    }

    @Test
    void anAdminPromotesAndDisablesAnAccountWithImmediateEffect() {
        Accounts.Session user = Accounts.newUser();
        String id = Api.get("/api/v1/me", user.accessToken()).json().get("id").asText();
        String admin = Accounts.admin().accessToken();

        Api.Reply promoted = Api.patch("/api/v1/admin/users/" + id, "{\"role\":\"OPERATOR\"}", admin);
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asText()).isEqualTo("OPERATOR");
        Api.Reply outdated = Api.get("/api/v1/me", user.accessToken());
        assertThat(outdated.status()).isEqualTo(401);
        assertThat(outdated.json().get("code").asText()).isEqualTo("TOKEN_OUTDATED");
        Accounts.Session refreshed = Accounts.login(user.email(), PASSWORD);
        assertThat(Api.get("/api/v1/me", refreshed.accessToken()).json().get("role").asText()).isEqualTo("OPERATOR");

        Api.Reply disabled = Api.patch("/api/v1/admin/users/" + id, "{\"disabled\":true}", admin);
        assertThat(disabled.json().get("status").asText()).isEqualTo("DISABLED");
        Api.Reply stopped = Api.get("/api/v1/me", refreshed.accessToken());
        assertThat(stopped.status()).isEqualTo(401);
        assertThat(stopped.json().get("code").asText()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(stopped.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        Api.Reply login = Api.post("/api/v1/auth/login",
                "{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.json().get("code").asText()).isEqualTo("ACCOUNT_DISABLED");

        Api.patch("/api/v1/admin/users/" + id, "{\"disabled\":false}", admin);
        Accounts.login(user.email(), PASSWORD);
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        Accounts.Session admin = Accounts.admin();
        String id = Api.get("/api/v1/me", admin.accessToken()).json().get("id").asText();
        long admins = Api.get("/api/v1/admin/users?role=ADMIN&status=ACTIVE", admin.accessToken()).json()
                .get("items").size();
        assertThat(admins).isEqualTo(1);

        Api.Reply demote = Api.patch("/api/v1/admin/users/" + id, "{\"role\":\"USER\"}", admin.accessToken());

        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().get("code").asText()).isEqualTo("LAST_ADMIN");
        assertThat(Api.get("/api/v1/me", admin.accessToken()).json().get("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void unknownAndMalformedAccountIds() {
        String admin = Accounts.admin().accessToken();
        Api.Reply unknown = Api.get("/api/v1/admin/users/" + UUID.randomUUID(), admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("ACCOUNT_NOT_FOUND");
        assertThat(Api.get("/api/v1/admin/users/not-a-uuid", admin).status()).isEqualTo(400);
    }
}
