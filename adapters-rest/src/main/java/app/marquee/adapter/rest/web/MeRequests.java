package app.marquee.adapter.rest.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the routes under /api/v1/me. */
final class MeRequests {
    private MeRequests() {
    }

    @Serdeable
    @Schema(name = "ProfilePatch", description = "JSON merge patch: absent fields are kept; phone null removes it;"
            + " displayName and locale cannot be removed")
    record ProfilePatch(
            @Nullable @Size(max = 240) @Pattern(regexp = ".*\\S.*")
            @Schema(description = "1 to 60 characters once trimmed; cannot be null") String displayName,
            @Nullable @Pattern(regexp = "en|fr") @Schema(allowableValues = {"en", "fr"},
                    description = "Cannot be null") String locale,
            @Nullable @Size(max = 32) @Pattern(regexp = "\\+?[0-9 ().-]{7,31}")
            @Schema(description = "+33 6 12 34 56 78, or as dialled in MARQUEE_PHONE_DEFAULT_REGION (06 12 34 56 78 in FR);"
                    + " stored as E.164", nullable = true)
            String phone) {
    }

    @Serdeable
    @Schema(name = "PasswordChange")
    record PasswordChange(@NotNull @Size(max = 1024) String currentPassword,
                          @NotNull @Size(max = 1024) String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }

    @Serdeable
    @Schema(name = "DeletionConfirmation")
    record DeletionConfirmation(@NotNull @Size(max = 1024) String password) {
        @Override
        public String toString() {
            return "DeletionConfirmation[***]";
        }
    }
}
