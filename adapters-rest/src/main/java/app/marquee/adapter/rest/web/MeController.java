package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.application.identity.port.in.ChangePasswordCommand;
import app.marquee.application.identity.port.in.ChangePasswordUseCase;
import app.marquee.application.identity.port.in.CloseAccountCommand;
import app.marquee.application.identity.port.in.CloseAccountUseCase;
import app.marquee.application.identity.port.in.ExportPersonalDataQuery;
import app.marquee.application.identity.port.in.UpdateProfileCommand;
import app.marquee.application.identity.port.in.UpdateProfileCommand.PhoneChange;
import app.marquee.application.identity.port.in.UpdateProfileUseCase;
import app.marquee.application.identity.port.in.ExportPersonalDataQuery.PersonalData;
import app.marquee.application.identity.port.in.ViewAccountQuery;
import app.marquee.application.library.port.in.ExportLibraryQuery;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.shared.Rejection;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Me", description = "The signed-in account")
@ApiResponse(responseCode = "401", description = "No valid access token (UNAUTHORIZED, SESSION_REVOKED, ...)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeController {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private final ViewAccountQuery view;
    private final UpdateProfileUseCase updateProfile;
    private final ChangePasswordUseCase changePassword;
    private final CloseAccountUseCase closeAccount;
    private final ExportPersonalDataQuery export;
    private final ExportLibraryQuery exportLibrary;
    private final JsonMapper json;
    private final Validator validator;
    /** Reads typed phone numbers into E.164 (libphonenumber); field-injected to keep the constructor as it is. */
    @Inject
    PhoneNumbers phones;
    private final Clock clock;

    public MeController(ViewAccountQuery view, UpdateProfileUseCase updateProfile, ChangePasswordUseCase changePassword,
                        CloseAccountUseCase closeAccount, ExportPersonalDataQuery export,
                        ExportLibraryQuery exportLibrary, JsonMapper json, Validator validator, Clock clock) {
        this.view = view;
        this.updateProfile = updateProfile;
        this.changePassword = changePassword;
        this.closeAccount = closeAccount;
        this.export = export;
        this.exportLibrary = exportLibrary;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The caller's account")
    @ApiResponse(responseCode = "200", description = "The account")
    public AccountResponse me(Authentication caller) {
        return AccountResponse.of(Outcomes.accepted(view.view(Callers.accountId(caller))));
    }

    @Patch
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Change display name, locale or phone",
            description = "A JSON merge patch: absent fields are kept, \"phone\": null removes the phone number;"
                    + " displayName and locale cannot be null.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MeRequests.ProfilePatch.class)))
    @ApiResponse(responseCode = "200", description = "The updated account")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, INVALID_VALUE",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "PHONE_NUMBER_INVALID: not a valid number (read in"
            + " MARQUEE_PHONE_DEFAULT_REGION when it has no +country code); stored in E.164",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public AccountResponse update(Authentication caller, @Body JsonNode body) {
        MeRequests.ProfilePatch patch = read(body);
        requireNotNull(body, "displayName");
        requireNotNull(body, "locale");
        Optional<PhoneChange> phone = body.get("phone") == null ? Optional.empty()
                : Optional.of(new PhoneChange(Optional.ofNullable(patch.phone()).map(typed -> phones.e164("phone", typed))));
        UpdateProfileCommand command = new UpdateProfileCommand(Callers.accountId(caller),
                Optional.ofNullable(patch.displayName())
                        .map(name -> Fields.parse("displayName", () -> new DisplayName(name))),
                Language.fromTag(patch.locale()), phone);
        return AccountResponse.of(Outcomes.accepted(updateProfile.update(command)));
    }

    @Post("/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password", description = "Signs out every other session of the account.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "WRONG_PASSWORD",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Weak new password",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public void changePassword(Authentication caller, @Body @Valid MeRequests.PasswordChange body) {
        Outcomes.accepted(changePassword.change(new ChangePasswordCommand(Callers.accountId(caller),
                Callers.sessionId(caller), body.currentPassword(), body.newPassword())));
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the account", description = "Disabled at once and signed out everywhere; after a"
            + " 30-day grace period the account is anonymised and its library (favorites, likes and dislikes,"
            + " reviews, playlists, watch history) erased. Until then its public reviews stay visible.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "WRONG_PASSWORD",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public void delete(Authentication caller, @Body @Valid MeRequests.DeletionConfirmation body) {
        Outcomes.accepted(closeAccount.close(new CloseAccountCommand(Callers.accountId(caller), body.password())));
    }

    @Get("/export")
    @Operation(summary = "Export all personal data held about the caller",
            description = "The account, its sessions and the whole library (favorites, likes and dislikes, reviews"
                    + " with their moderation state, playlists, watch history), nothing paged.")
    @ApiResponse(responseCode = "200", description = "The export, as JSON")
    public PersonalDataResponse export(Authentication caller) {
        AccountId me = Callers.accountId(caller);
        PersonalData identity = Outcomes.accepted(export.export(me));
        return PersonalDataResponse.of(identity, exportLibrary.export(me), clock.instant());
    }

    private MeRequests.ProfilePatch read(JsonNode body) {
        MeRequests.ProfilePatch patch;
        try {
            if (!body.isObject()) {
                throw new IOException("not an object");
            }
            patch = json.readValueFromTree(body, MeRequests.ProfilePatch.class);
        } catch (IOException | RuntimeException unreadable) {
            throw new RejectedException(Rejection.of(RestRejection.INVALID_VALUE));
        }
        Set<ConstraintViolation<MeRequests.ProfilePatch>> violations = validator.validate(patch);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patch;
    }

    /** In a merge patch, null removes a field; a display name and a locale cannot be removed. */
    private static void requireNotNull(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value != null && value.isNull()) {
            throw new RejectedException(Rejection.onField(RestRejection.INVALID_VALUE, field));
        }
    }

}
