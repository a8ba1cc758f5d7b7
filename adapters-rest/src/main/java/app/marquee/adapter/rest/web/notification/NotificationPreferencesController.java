package app.marquee.adapter.rest.web.notification;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.notification.port.in.ChooseNotificationChannelsUseCase;
import app.marquee.application.notification.port.in.NotificationPreferencesQuery;
import app.marquee.domain.notification.NotificationPreferences;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Controller("/api/v1/me/notification-preferences")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Me", description = "The signed-in account")
@ApiResponse(responseCode = "401", description = "No valid access token (UNAUTHORIZED, SESSION_REVOKED, ...)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationPreferencesController {
    private final NotificationPreferencesQuery preferences;
    private final ChooseNotificationChannelsUseCase choose;

    public NotificationPreferencesController(NotificationPreferencesQuery preferences,
                                             ChooseNotificationChannelsUseCase choose) {
        this.preferences = preferences;
        this.choose = choose;
    }

    @Get
    @Operation(summary = "How order confirmations reach me", description = "E-mail alone until chosen otherwise.")
    @ApiResponse(responseCode = "200", description = "The channels")
    public Channels get(Authentication caller) {
        return Channels.of(preferences.of(Callers.accountId(caller)));
    }

    @Put
    @Operation(summary = "Choose e-mail and/or SMS for order confirmations",
            description = "At least one channel; SMS needs a phone number on the account (PATCH /api/v1/me)."
                    + " Should the number be removed later, confirmations fall back to e-mail.")
    @ApiResponse(responseCode = "200", description = "The channels now")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND (the caller's account is gone)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "SMS_NEEDS_PHONE, NO_CHANNEL_CHOSEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Channels put(Authentication caller, @Body @Valid Channels body) {
        return Channels.of(Outcomes.accepted(choose.choose(Callers.accountId(caller), body.email(), body.sms())));
    }

    @Serdeable
    @Schema(name = "NotificationPreferences")
    public record Channels(@NotNull @Schema(description = "Order confirmations by e-mail") Boolean email,
                           @NotNull @Schema(description = "Order confirmations by SMS") Boolean sms) {
        static Channels of(NotificationPreferences chosen) {
            return new Channels(chosen.email(), chosen.sms());
        }
    }
}
