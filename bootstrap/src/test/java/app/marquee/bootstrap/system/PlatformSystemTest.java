package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and integrators rely on: health, request ids, the published contract. */
class PlatformSystemTest {

    @Test
    void healthChecksTheDatabase() {
        Api.Reply health = Api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void aRequestIdIsHonouredOrGenerated() {
        Api.Reply sent = Api.send(Api.request("/health", null).header("X-Request-Id", "abc-123").GET());
        assertThat(sent.header("X-Request-Id")).isEqualTo("abc-123");
        Api.Reply generated = Api.get("/health", null);
        assertThat(generated.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        Api.Reply unsafe = Api.send(Api.request("/health", null).header("X-Request-Id", "a b<script>").GET());
        assertThat(unsafe.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteAsYamlAndJson() {
        Api.Reply yaml = Api.get("/openapi.yml", null);
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3");

        Api.Reply json = Api.get("/openapi.json", null);
        assertThat(json.status()).isEqualTo(200);
        JsonNode spec = json.json();
        assertThat(spec.get("paths").fieldNames()).toIterable().contains("/api/v1/auth/register",
                "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/me",
                "/api/v1/me/password", "/api/v1/me/export", "/api/v1/admin/users", "/api/v1/admin/users/{id}");
        assertThat(spec.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(spec.at("/components/schemas/Problem/properties/code").isMissingNode()).isFalse();
        assertThat(spec.at("/paths/~1api~1v1~1auth~1register/post/responses/409/content")
                .has("application/problem+json")).isTrue();
        assertThat(spec.at("/paths/~1api~1v1~1me/get/security/0").has("bearerAuth")).isTrue();
    }

    @Test
    void swaggerUiIsServedWithItsAssets() {
        Api.Reply page = Api.get("/swagger-ui", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains("/openapi.yml");
        assertThat(Api.get("/swagger-ui/res/swagger-ui-bundle.js", null).status()).isEqualTo(200);
    }
}
