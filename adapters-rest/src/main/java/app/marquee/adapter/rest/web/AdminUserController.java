package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.application.identity.port.in.AccountSearch;
import app.marquee.application.identity.port.in.AdministerAccountCommand;
import app.marquee.application.identity.port.in.AdministerAccountUseCase;
import app.marquee.application.identity.port.in.ListAccountsQuery;
import app.marquee.application.identity.port.in.RemoveTwoFactorUseCase;
import app.marquee.application.identity.port.in.ViewAccountQuery;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Controller("/api/v1/admin/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Admin: users", description = "Account administration (ADMIN only)")
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an ADMIN",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AdminUserController {
    private final ListAccountsQuery list;
    private final ViewAccountQuery view;
    private final AdministerAccountUseCase administer;
    private final RemoveTwoFactorUseCase removeTwoFactor;

    public AdminUserController(ListAccountsQuery list, ViewAccountQuery view, AdministerAccountUseCase administer,
                               RemoveTwoFactorUseCase removeTwoFactor) {
        this.list = list;
        this.view = view;
        this.administer = administer;
        this.removeTwoFactor = removeTwoFactor;
    }

    @Get
    @Operation(summary = "List accounts", description = "Ordered by e-mail; filter by role, status and e-mail prefix.")
    @ApiResponse(responseCode = "200", description = "One page of accounts")
    @ApiResponse(responseCode = "400", description = "INVALID_VALUE (role, status), INVALID_CURSOR, VALIDATION_FAILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountPage list(@QueryValue @Nullable Role role, @QueryValue @Nullable AccountStatus status,
                            @Parameter(description = "E-mail prefix") @QueryValue @Nullable @Size(max = 254)
                            @Pattern(regexp = "[^\\p{Cntrl}]*") String email,
                            @QueryValue(defaultValue = "20") @Min(1) @Max(AccountSearch.MAX_LIMIT) int limit,
                            @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable
                            @Size(max = 512) String cursor) {
        ListAccountsQuery.AccountPage page = list.list(new AccountSearch(Optional.ofNullable(role),
                Optional.ofNullable(status), Optional.ofNullable(email), Cursors.decode(cursor), limit));
        return new AccountPage(page.items().stream().map(AccountResponse::of).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }

    @Get("/{id}")
    @Operation(summary = "One account")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountResponse get(@PathVariable UUID id) {
        return AccountResponse.of(Outcomes.accepted(view.view(new AccountId(id))));
    }

    @Patch("/{id}")
    @Operation(summary = "Change an account's role, disable it, or vouch for its e-mail",
            description = "Disabling signs the account out everywhere. The last active ADMIN cannot be demoted or"
                    + " disabled (LAST_ADMIN). emailVerified true marks the address verified (the owner may then"
                    + " buy), false takes that back.")
    @ApiResponse(responseCode = "200", description = "The updated account")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "LAST_ADMIN, CLOSED_ACCOUNT_UNCHANGEABLE, CONCURRENT_UPDATE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountResponse update(@PathVariable UUID id, @Body @Valid AccountChange body) {
        return AccountResponse.of(Outcomes.accepted(administer.administer(new AdministerAccountCommand(
                new AccountId(id), Optional.ofNullable(body.role()), Optional.ofNullable(body.disabled()),
                Optional.ofNullable(body.emailVerified())))));
    }

    @Delete("/{id}/two-factor")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn an account's two-factor off",
            description = "For an owner who lost both the phone and the recovery codes, once you have made sure who"
                    + " they are, or when the server can no longer read the secret (TWO_FACTOR_UNAVAILABLE). The"
                    + " factor and its recovery codes are forgotten, sign-ins waiting for a code end, and the owner is"
                    + " sent the TWO_FACTOR_DISABLED e-mail, as when they turn it off themselves. They may enrol again.")
    @ApiResponse(responseCode = "204", description = "Off")
    @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "TWO_FACTOR_NOT_ENABLED (off, or an enrolment never confirmed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void removeTwoFactor(@PathVariable UUID id) {
        Outcomes.accepted(removeTwoFactor.remove(new AccountId(id)));
    }

    @Serdeable
    @Schema(name = "AccountPage")
    public record AccountPage(List<AccountResponse> items,
                              @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                      + " null on the last page") String nextCursor) {
    }

    @Serdeable
    @Schema(name = "AccountChange")
    public record AccountChange(@Nullable Role role, @Nullable Boolean disabled, @Nullable Boolean emailVerified) {
    }
}
