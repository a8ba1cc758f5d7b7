package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.ProblemMessages;
import app.marquee.application.identity.port.in.RefreshSessionCommand;
import app.marquee.application.identity.port.in.RefreshSessionUseCase;
import app.marquee.application.identity.port.in.RegisterAccountCommand;
import app.marquee.application.identity.port.in.RegisterAccountUseCase;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.application.identity.port.in.SignInUseCase.SignInResult;
import app.marquee.application.identity.port.in.SignInUseCase;
import app.marquee.application.identity.port.in.SignOutUseCase;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import io.micronaut.http.HttpRequest;
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

import java.util.Locale;

@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Auth", description = "Sign up, sign in, refresh and sign out")
public class AuthController {
    private final RegisterAccountUseCase register;
    private final SignInUseCase signIn;
    private final RefreshSessionUseCase refresh;
    private final SignOutUseCase signOut;
    private final ProblemMessages messages;

    public AuthController(RegisterAccountUseCase register, SignInUseCase signIn, RefreshSessionUseCase refresh,
                          SignOutUseCase signOut, ProblemMessages messages) {
        this.register = register;
        this.signIn = signIn;
        this.refresh = refresh;
        this.signOut = signOut;
        this.messages = messages;
    }

    @Post("/register")
    @Operation(summary = "Open an account", description = "E-mail is normalised and unique; the password must be"
            + " 12-128 characters, not the e-mail and not a common password.")
    @ApiResponse(responseCode = "201", description = "The new account",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid input (VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "EMAIL_TAKEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Weak password (PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, ...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<AccountResponse> register(@Body @Valid AuthRequests.Register body, HttpRequest<?> request) {
        Language language = Language.fromTag(body.locale())
                .orElseGet(() -> messages.localeOf(request).equals(Locale.FRENCH) ? Language.FR : Language.EN);
        RegisterAccountCommand command = new RegisterAccountCommand(
                Fields.parse("email", () -> new EmailAddress(body.email())), body.password(),
                Fields.parse("displayName", () -> new DisplayName(body.displayName())), language);
        return HttpResponse.created(AccountResponse.of(Outcomes.accepted(register.register(command))));
    }

    @Post("/login")
    @Operation(summary = "Sign in", description = "Unknown e-mail and wrong password get the same answer. After 5"
            + " failures for one e-mail within 15 minutes, 429 with Retry-After. With two-factor on, the answer is"
            + " {twoFactorRequired: true, challenge, expiresAt} instead of tokens: send the challenge with a code to"
            + " POST /api/v1/auth/login/two-factor within 5 minutes.")
    @ApiResponse(responseCode = "200", description = "Access and refresh tokens, or a two-factor challenge; never"
            + " cached", content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {
                    TokenResponse.class, TwoFactorChallengeResponse.class})), headers = {@Header(name = "Cache-Control", description = NoStore.CACHE_CONTROL,
                    schema = @Schema(type = "string")), @Header(name = "Pragma", description = NoStore.PRAGMA,
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "Invalid input (VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "INVALID_CREDENTIALS, ACCOUNT_DISABLED, ACCOUNT_CLOSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "TOO_MANY_ATTEMPTS, with Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Object> login(@Body @Valid AuthRequests.Login body) {
        SignInResult result = Outcomes.accepted(signIn.signIn(new SignInCommand(body.email(), body.password())));
        if (result instanceof SignInResult.TwoFactorRequired challenge) {
            return NoStore.ok(TwoFactorChallengeResponse.of(challenge));
        }
        return NoStore.ok(TokenResponse.of(((SignInResult.SignedIn) result).tokens()));
    }

    @Post("/refresh")
    @Operation(summary = "Rotate the refresh token", description = "The token used is revoked and a new pair is"
            + " returned. Presenting a used token again revokes the whole session (REFRESH_TOKEN_REUSED).")
    @ApiResponse(responseCode = "200", description = "A new access and refresh token; never cached",
            headers = {@Header(name = "Cache-Control", description = NoStore.CACHE_CONTROL,
                    schema = @Schema(type = "string")), @Header(name = "Pragma", description = NoStore.PRAGMA,
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "Invalid input (VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "INVALID_REFRESH_TOKEN, REFRESH_TOKEN_REUSED, SESSION_REVOKED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<TokenResponse> refresh(@Body @Valid AuthRequests.Refresh body) {
        return NoStore.ok(TokenResponse.of(Outcomes.accepted(refresh.refresh(
                new RefreshSessionCommand(body.refreshToken())))));
    }

    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out", description = "Revokes the session of this refresh token, and so its access"
            + " tokens. Idempotent.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @ApiResponse(responseCode = "400", description = "Invalid input (VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void logout(@Body @Valid AuthRequests.Refresh body) {
        signOut.signOut(new RefreshSessionCommand(body.refreshToken()));
    }
}
