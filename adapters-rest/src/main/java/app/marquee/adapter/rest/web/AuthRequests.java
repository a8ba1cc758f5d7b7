package app.marquee.adapter.rest.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the sign-up and sign-in routes. */
final class AuthRequests {
    private AuthRequests() {
    }

    @Serdeable
    @Schema(name = "Registration")
    record Register(
            @NotBlank @EmailShape @Size(max = 260) @Schema(example = "ann@example.org") String email,
            @NotNull @Size(max = 1024)
            @Schema(description = "12 to 128 characters, not your e-mail, not a common password") String password,
            @NotBlank @Size(max = 240)
            @Schema(example = "Ann", description = "1 to 60 characters once trimmed") String displayName,
            @Nullable @Pattern(regexp = "en|fr")
            @Schema(allowableValues = {"en", "fr"}, nullable = true,
                    description = "Defaults to the request's Accept-Language, else en") String locale) {
        @Override
        public String toString() {
            return "Register[" + email + "]";
        }
    }

    @Serdeable
    @Schema(name = "Credentials")
    record Login(@NotNull @Size(max = 254) String email, @NotNull @Size(max = 1024) String password) {
        @Override
        public String toString() {
            return "Login[" + email + "]";
        }
    }

    @Serdeable
    @Schema(name = "RefreshTokenBody")
    record Refresh(@NotBlank @Size(max = 128) String refreshToken) {
        @Override
        public String toString() {
            return "Refresh[***]";
        }
    }
}
