package app.marquee.adapter.rest.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the e-mail verification, password reset and two-factor routes. Secrets never reach toString. */
final class AccountSecurityRequests {
    private AccountSecurityRequests() {
    }

    @Serdeable
    @Schema(name = "EmailToken")
    record Token(@NotBlank @Size(max = 128) @Schema(description = "The token from the e-mail's link") String token) {
        @Override
        public String toString() {
            return "Token[***]";
        }
    }

    @Serdeable
    @Schema(name = "PasswordResetRequest")
    record ResetRequest(@NotBlank @EmailShape @Size(max = 260) @Schema(example = "ann@example.org") String email) {
        @Override
        public String toString() {
            return "ResetRequest[" + email + "]";
        }
    }

    @Serdeable
    @Schema(name = "PasswordResetCompletion")
    record ResetCompletion(@NotBlank @Size(max = 128) @Schema(description = "The token from the e-mail's link")
                           String token,
                           @NotNull @Size(max = 1024)
                           @Schema(description = "12 to 128 characters, not your e-mail, not a common password")
                           String newPassword) {
        @Override
        public String toString() {
            return "ResetCompletion[***]";
        }
    }

    @Serdeable
    @Schema(name = "TwoFactorConfirmation")
    record Confirmation(@NotBlank @Size(max = 16) @Schema(description = "The 6 digits the app shows",
                                example = "123456") String code,
                        @NotNull @Size(max = 1024) @Schema(description = "The account's current password")
                        String password) {
        @Override
        public String toString() {
            return "Confirmation[***]";
        }
    }

    @Serdeable
    @Schema(name = "TwoFactorAnswer", description = "code or recoveryCode, exactly one")
    record ChallengeAnswer(@NotBlank @Size(max = 128) String challenge,
                           @Nullable @Size(max = 16) @Schema(nullable = true, example = "123456") String code,
                           @Nullable @Size(max = 64) @Schema(nullable = true, example = "abcd-efgh-ijkm-nopq")
                           String recoveryCode) {
        @Override
        public String toString() {
            return "ChallengeAnswer[***]";
        }
    }

    @Serdeable
    @Schema(name = "TwoFactorDisabling", description = "The password, and code or recoveryCode, exactly one")
    record Disabling(@NotNull @Size(max = 1024) String password,
                     @Nullable @Size(max = 16) @Schema(nullable = true, example = "123456") String code,
                     @Nullable @Size(max = 64) @Schema(nullable = true) String recoveryCode) {
        @Override
        public String toString() {
            return "Disabling[***]";
        }
    }
}
