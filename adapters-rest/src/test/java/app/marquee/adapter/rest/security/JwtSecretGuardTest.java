package app.marquee.adapter.rest.security;

import app.marquee.adapter.rest.credentials.JwtAccessTokenIssuer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signing secret is checked when the application starts, not at the first login. */
class JwtSecretGuardTest {
    private static final String SECRET_KEY = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    @Test
    void refusesToStartOutsideDevWithAShortSecret() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(SECRET_KEY, "too-short"), "prod").close())
                .hasStackTraceContaining("JWT_SECRET must be set");
    }

    @Test
    void refusesToStartOutsideDevWithoutASecret() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(SECRET_KEY, ""), "prod").close())
                .hasStackTraceContaining("JWT_SECRET must be set");
    }

    @Test
    void makesUpASecretInDev() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(SECRET_KEY, ""), "dev")) {
            String token = context.getBean(TokenGenerator.class)
                    .generateToken(Authentication.build("someone"), 60).orElseThrow();
            assertThat(token.split("\\.")).hasSize(3);
        }
    }

    @Test
    void startsWithALongEnoughSecret() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of(SECRET_KEY, "a-secret-of-at-least-thirty-two-bytes!!"), "prod")) {
            assertThat(context.getBean(JwtAccessTokenIssuer.class)).isNotNull();
        }
    }
}
