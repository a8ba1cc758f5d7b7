package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.application.identity.port.in.ResendVerificationUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;

@Controller("/api/v1/me/email-verification")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Me", description = "The signed-in account")
@ApiResponse(responseCode = "401", description = "No valid access token (UNAUTHORIZED, SESSION_REVOKED, ...)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EmailVerificationController {
    private final ResendVerificationUseCase resend;

    public EmailVerificationController(ResendVerificationUseCase resend) {
        this.resend = resend;
    }

    @Post
    @Operation(summary = "Send a new verification link", description = "To the account's address; earlier links stop"
            + " working. At most 3 per hour.")
    @ApiResponse(responseCode = "202", description = "Queued for sending, with when the new link expires")
    @ApiResponse(responseCode = "409", description = "EMAIL_ALREADY_VERIFIED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "TOO_MANY_REQUESTS, with Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<LinkSent> resend(Authentication caller) {
        return HttpResponse.accepted().body(new LinkSent(Outcomes.accepted(resend.resend(Callers.accountId(caller)))));
    }

    @Serdeable
    @Schema(name = "VerificationLinkSent")
    public record LinkSent(@Schema(description = "When the new link stops working") Instant expiresAt) {
    }
}
