package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.web.router.Router;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and integrators rely on: health, request ids, the published contract. */
class PlatformSystemTest {

    @Test
    void healthChecksTheDatabase() {
        Api.Reply health = Api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(MarqueeServer.context().getBeansOfType(JdbcIndicator.class))
                .as("the database's health indicator takes part in /health").isNotEmpty();
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
    void eachRequestIsLoggedOnceWithMethodPathStatusDurationAndId() {
        Logger http = (Logger) LoggerFactory.getLogger("marquee.http");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level before = http.getLevel();
        http.setLevel(Level.INFO);
        http.addAppender(lines);
        try {
            Api.send(Api.request("/api/v1/me?secret=x", null).header("X-Request-Id", "log-line-check").GET());
        } finally {
            http.detachAppender(lines);
            http.setLevel(before);
        }
        List<String> ours = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains("id=log-line-check")).toList();
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0)).matches("GET /api/v1/me 401 [0-9.]+ms id=log-line-check");
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
        assertThat(spec.at("/paths/~1api~1v1~1auth~1register/post/security").isMissingNode()).isTrue();
    }

    @Test
    void everyApiRouteTheServerHasIsDocumented() {
        JsonNode paths = Api.get("/openapi.json", null).json().get("paths");
        List<String> undocumented = new ArrayList<>();
        MarqueeServer.context().getBean(Router.class).uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
                .forEach(route -> {
                    String path = route.getUriMatchTemplate().toPathString();
                    String method = route.getHttpMethodName().toLowerCase(Locale.ROOT);
                    JsonNode operation = paths.path(path).path(method);
                    if (operation.isMissingNode() || operation.path("responses").isEmpty()) {
                        undocumented.add(method + " " + path);
                    }
                });
        assertThat(undocumented).isEmpty();
    }

    @Test
    void swaggerUiIsServedWithItsAssets() {
        Api.Reply page = Api.get("/swagger-ui", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains("/openapi.yml");
        assertThat(Api.get("/swagger-ui/res/swagger-ui-bundle.js", null).status()).isEqualTo(200);
    }
}
