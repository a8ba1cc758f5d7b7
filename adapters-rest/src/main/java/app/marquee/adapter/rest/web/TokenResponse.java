package app.marquee.adapter.rest.web;

import app.marquee.application.identity.port.in.SessionTokens;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A signed-in session's tokens, as OAuth 2 clients expect them. */
@Serdeable
@Schema(name = "Tokens")
public record TokenResponse(
        @Schema(description = "JWT to send as 'Authorization: Bearer …'") String accessToken,
        @Schema(description = "Opaque, single-use token for POST /api/v1/auth/refresh") String refreshToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires", example = "900") long expiresIn) {

    static TokenResponse of(SessionTokens tokens) {
        return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn().toSeconds());
    }
}
