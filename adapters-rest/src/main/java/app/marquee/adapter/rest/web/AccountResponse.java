package app.marquee.adapter.rest.web;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An account as its owner and admins see it. Never the password hash. */
@Serdeable
@Schema(name = "Account")
public record AccountResponse(
        UUID id,
        @Schema(example = "ann@example.org") String email,
        @Schema(example = "Ann") String displayName,
        @Schema(allowableValues = {"en", "fr"}) String locale,
        @Nullable @Schema(nullable = true, description = "E.164", example = "+33612345678") String phone,
        @Schema(allowableValues = {"ADMIN", "OPERATOR", "USER"}) String role,
        @Schema(allowableValues = {"ACTIVE", "DISABLED", "CLOSED", "ANONYMISED"}) String status,
        @Schema(description = "Whether the owner proved they read this address (or an admin vouched for it);"
                + " buying needs it while MARQUEE_REQUIRE_VERIFIED_EMAIL is on") boolean emailVerified,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Schema(nullable = true, description = "When the owner deleted the account") Instant closedAt,
        @Nullable @Schema(nullable = true, description = "When its personal data will be anonymised")
        Instant anonymisationDueAt) {

    static AccountResponse of(Account account) {
        return new AccountResponse(account.id().value(), account.email().value(), account.displayName().value(),
                account.language().tag(), account.phone().map(Object::toString).orElse(null), account.role().name(),
                account.status().name(), account.emailVerified(), account.createdAt(), account.updatedAt(),
                account.closedAt().orElse(null),
                account.closedAt().filter(closed -> account.status() == AccountStatus.CLOSED)
                        .map(closed -> closed.plus(Account.DELETION_GRACE)).orElse(null));
    }
}
