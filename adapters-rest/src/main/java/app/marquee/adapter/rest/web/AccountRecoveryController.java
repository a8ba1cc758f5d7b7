package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.application.identity.port.in.AnswerSignInChallengeCommand;
import app.marquee.application.identity.port.in.AnswerSignInChallengeUseCase;
import app.marquee.application.identity.port.in.CompletePasswordResetCommand;
import app.marquee.application.identity.port.in.CompletePasswordResetUseCase;
import app.marquee.application.identity.port.in.RequestPasswordResetUseCase;
import app.marquee.application.identity.port.in.VerifyEmailUseCase;
import app.marquee.domain.identity.account.EmailAddress;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Optional;

/** The routes a person uses without being signed in: the mailed links, and the second sign-in step. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Auth", description = "Sign up, sign in, refresh and sign out")
@ApiResponse(responseCode = "400", description = "Invalid input (VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AccountRecoveryController {
    private final VerifyEmailUseCase verifyEmail;
    private final RequestPasswordResetUseCase requestReset;
    private final CompletePasswordResetUseCase completeReset;
    private final AnswerSignInChallengeUseCase answerChallenge;

    public AccountRecoveryController(VerifyEmailUseCase verifyEmail, RequestPasswordResetUseCase requestReset,
                                     CompletePasswordResetUseCase completeReset,
                                     AnswerSignInChallengeUseCase answerChallenge) {
        this.verifyEmail = verifyEmail;
        this.requestReset = requestReset;
        this.completeReset = completeReset;
        this.answerChallenge = answerChallenge;
    }

    @Post("/verify-email")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Verify the e-mail address with the mailed token",
            description = "The token of the welcome or verification e-mail: good once, for 24 hours; a newer link"
                    + " replaces older ones. Once verified, the account may buy.")
    @ApiResponse(responseCode = "204", description = "Verified")
    @ApiResponse(responseCode = "400", description = "INVALID_VERIFICATION_TOKEN (unknown, used or expired: never"
            + " which), VALIDATION_FAILED", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void verifyEmail(@Body @Valid AccountSecurityRequests.Token body) {
        Outcomes.accepted(verifyEmail.verify(body.token()));
    }

    @Post("/password-reset")
    @Operation(summary = "Ask for a password-reset link",
            description = "Answers 202 whether or not an account uses the address; only an active account is mailed"
                    + " a link, good once for 30 minutes. At most 3 requests per address per hour (known or not).")
    @ApiResponse(responseCode = "202", description = "Taken")
    @ApiResponse(responseCode = "429", description = "TOO_MANY_REQUESTS, with Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> requestReset(@Body @Valid AccountSecurityRequests.ResetRequest body) {
        Outcomes.accepted(requestReset.request(Fields.parse("email", () -> new EmailAddress(body.email()))));
        return HttpResponse.accepted();
    }

    @Post("/password-reset/complete")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with the mailed token",
            description = "The password policy applies. Every session of the account is revoked (refresh tokens"
                    + " and access tokens stop working), and so does every sign-in waiting for its two-factor code; the"
                    + " e-mail counts as verified. Two-factor stays on.")
    @ApiResponse(responseCode = "204", description = "Password set; sign in with it")
    @ApiResponse(responseCode = "400", description = "INVALID_RESET_TOKEN (unknown, used or expired: never which),"
            + " VALIDATION_FAILED", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Weak new password (PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, ...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void completeReset(@Body @Valid AccountSecurityRequests.ResetCompletion body) {
        Outcomes.accepted(completeReset.complete(new CompletePasswordResetCommand(body.token(), body.newPassword())));
    }

    @Post("/login/two-factor")
    @Operation(summary = "Second sign-in step: answer the challenge with a code",
            description = "code (6 digits from the app) or recoveryCode, exactly one. The challenge is good once, for"
                    + " 5 minutes and 5 wrong codes; a code already used in its window is refused. Answers count"
                    + " towards the sign-in throttle (5 failures per e-mail per 15 minutes). A password reset or change, or"
                    + " two-factor turned off, ends every challenge the account had.")
    @ApiResponse(responseCode = "200", description = "Access and refresh tokens; never cached",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)),
            headers = {@Header(name = "Cache-Control", description = NoStore.CACHE_CONTROL,
                    schema = @Schema(type = "string")), @Header(name = "Pragma", description = NoStore.PRAGMA,
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "401", description = "INVALID_TWO_FACTOR_CHALLENGE (unknown, answered, expired,"
            + " worn out, or ended by a password reset or change or two-factor turned off), ACCOUNT_DISABLED,"
            + " ACCOUNT_CLOSED", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "INVALID_TWO_FACTOR_CODE (wrong, or already used)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "TOO_MANY_ATTEMPTS, with Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "TWO_FACTOR_UNAVAILABLE: the server cannot read the account's"
            + " secret (its key changed); a recovery code still works", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<TokenResponse> answerChallenge(@Body @Valid AccountSecurityRequests.ChallengeAnswer body) {
        if ((body.code() == null) == (body.recoveryCode() == null)) {
            throw Fields.invalid("code");
        }
        return NoStore.ok(TokenResponse.of(Outcomes.accepted(answerChallenge.answer(new AnswerSignInChallengeCommand(
                body.challenge(), Optional.ofNullable(body.code()), Optional.ofNullable(body.recoveryCode()))))));
    }
}
