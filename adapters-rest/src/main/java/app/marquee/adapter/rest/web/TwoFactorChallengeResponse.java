package app.marquee.adapter.rest.web;

import app.marquee.application.identity.port.in.SignInUseCase.SignInResult;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The first step of a sign-in with two-factor on: answer the challenge with a code before it expires. */
@Serdeable
@Schema(name = "TwoFactorChallenge")
public record TwoFactorChallengeResponse(
        @Schema(description = "Always true: no tokens yet") boolean twoFactorRequired,
        @Schema(description = "Opaque, single-use; send it to POST /api/v1/auth/login/two-factor") String challenge,
        Instant expiresAt) {

    static TwoFactorChallengeResponse of(SignInResult.TwoFactorRequired required) {
        return new TwoFactorChallengeResponse(true, required.challenge(), required.expiresAt());
    }

    @Override
    public String toString() {
        return "TwoFactorChallengeResponse[" + expiresAt + "]";
    }
}
