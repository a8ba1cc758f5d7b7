package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.application.identity.port.in.ConfirmTwoFactorCommand;
import app.marquee.application.identity.port.in.ConfirmTwoFactorUseCase;
import app.marquee.application.identity.port.in.DisableTwoFactorCommand;
import app.marquee.application.identity.port.in.DisableTwoFactorUseCase;
import app.marquee.application.identity.port.in.EnrolTwoFactorUseCase;
import app.marquee.application.identity.port.in.TwoFactorEnrolment;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Optional;

@Controller("/api/v1/me/two-factor")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Me", description = "The signed-in account")
@ApiResponse(responseCode = "401", description = "No valid access token (UNAUTHORIZED, SESSION_REVOKED, ...)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TwoFactorController {
    private final EnrolTwoFactorUseCase enrol;
    private final ConfirmTwoFactorUseCase confirm;
    private final DisableTwoFactorUseCase disable;

    public TwoFactorController(EnrolTwoFactorUseCase enrol, ConfirmTwoFactorUseCase confirm,
                               DisableTwoFactorUseCase disable) {
        this.enrol = enrol;
        this.confirm = confirm;
        this.disable = disable;
    }

    @Post
    @Operation(summary = "Start two-factor sign-in (TOTP)",
            description = "A new secret for an authenticator app, shown once (base32, and an otpauth:// URI to show"
                    + " as a QR code); it replaces an unconfirmed one. Nothing changes at sign-in until confirmed.")
    @ApiResponse(responseCode = "201", description = "The secret; never cached", headers = {@Header(name = "Cache-Control", description = NoStore.CACHE_CONTROL,
            schema = @Schema(type = "string")), @Header(name = "Pragma", description = NoStore.PRAGMA,
            schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "409", description = "TWO_FACTOR_ALREADY_ENABLED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Enrolment> enrol(Authentication caller) {
        TwoFactorEnrolment enrolment = Outcomes.accepted(enrol.enrol(Callers.accountId(caller)));
        return NoStore.created(new Enrolment(enrolment.secret(), enrolment.otpauthUri()));
    }

    @Post("/confirm")
    @Operation(summary = "Turn two-factor on with a code from the app and the password",
            description = "The password is asked again (an access token alone does not turn two-factor on) and counts"
                    + " towards the sign-in throttle. Answers the 10 single-use recovery codes, once: keep them safe."
                    + " Every other session of the account ends (SESSION_REVOKED); the one asking stays signed in."
                    + " From now on, sign-in asks for a code. A TWO_FACTOR_ENABLED e-mail is sent.")
    @ApiResponse(responseCode = "200", description = "The recovery codes; never cached", headers = {@Header(name = "Cache-Control", description = NoStore.CACHE_CONTROL,
            schema = @Schema(type = "string")), @Header(name = "Pragma", description = NoStore.PRAGMA,
            schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "WRONG_PASSWORD, INVALID_TWO_FACTOR_CODE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "TWO_FACTOR_NOT_ENABLED (never enrolled),"
            + " TWO_FACTOR_ALREADY_ENABLED", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "TOO_MANY_ATTEMPTS, with Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "TWO_FACTOR_UNAVAILABLE: the server cannot read the secret"
            + " (its key changed): enrol again", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<RecoveryCodes> confirm(Authentication caller,
                                               @Body @Valid AccountSecurityRequests.Confirmation body) {
        return NoStore.ok(new RecoveryCodes(Outcomes.accepted(confirm.confirm(new ConfirmTwoFactorCommand(
                Callers.accountId(caller), Callers.sessionId(caller), body.code(), body.password())))));
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn two-factor off",
            description = "With the password and a code from the app (or a recovery code): exactly one of code and"
                    + " recoveryCode. Both checks count towards the sign-in throttle. Sign-ins waiting for a code end."
                    + " A TWO_FACTOR_DISABLED e-mail is sent.")
    @ApiResponse(responseCode = "204", description = "Off")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (code: both or"
            + " neither)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "WRONG_PASSWORD, INVALID_TWO_FACTOR_CODE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "TWO_FACTOR_NOT_ENABLED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "TOO_MANY_ATTEMPTS, with Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "TWO_FACTOR_UNAVAILABLE: the server cannot read the secret"
            + " (its key changed); a recovery code still works", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public void disable(Authentication caller, @Body @Valid AccountSecurityRequests.Disabling body) {
        if ((body.code() == null) == (body.recoveryCode() == null)) {
            throw Fields.invalid("code");
        }
        Outcomes.accepted(disable.disable(new DisableTwoFactorCommand(Callers.accountId(caller), body.password(),
                Optional.ofNullable(body.code()), Optional.ofNullable(body.recoveryCode()))));
    }

    @Serdeable
    @Schema(name = "TwoFactorEnrolment")
    public record Enrolment(@Schema(description = "Base32, for typing into the app") String secret,
                            @Schema(example = "otpauth://totp/Marquee:ann@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Marquee")
                            String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[***]";
        }
    }

    @Serdeable
    @Schema(name = "RecoveryCodes")
    public record RecoveryCodes(@Schema(description = "10 single-use codes, shown this once") List<String> codes) {
        @Override
        public String toString() {
            return "RecoveryCodes[***]";
        }
    }
}
