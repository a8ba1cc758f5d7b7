package app.marquee.adapter.rest.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The published API contract's front page: generated at build time into META-INF/swagger/marquee.yml.
 * Operations behind @Secured carry the bearer requirement (with the role they need); public ones none.
 */
@OpenAPIDefinition(
        info = @Info(title = "Marquee API", version = "1",
                description = "One backend for streaming, cinema box office, live-event ticketing and a creator"
                        + " studio. Errors are RFC 9457 application/problem+json with a stable `code`; send"
                        + " `Accept-Language: fr` for French messages.",
                license = @License(name = "Apache-2.0")))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class MarqueeApi {
    private MarqueeApi() {
    }
}
