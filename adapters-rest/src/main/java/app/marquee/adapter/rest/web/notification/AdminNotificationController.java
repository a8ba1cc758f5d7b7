package app.marquee.adapter.rest.web.notification;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.notification.OutboxCursor;
import app.marquee.application.notification.port.in.ListNotificationsQuery;
import app.marquee.application.notification.port.in.RetryNotificationUseCase;
import app.marquee.domain.notification.OutboxStatus;
import app.marquee.domain.shared.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Controller("/api/v1/admin/notifications")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Admin: notifications", description = "The notification outbox (ADMIN only)")
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an ADMIN",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AdminNotificationController {
    private final ListNotificationsQuery list;
    private final RetryNotificationUseCase retry;

    public AdminNotificationController(ListNotificationsQuery list, RetryNotificationUseCase retry) {
        this.list = list;
        this.retry = retry;
    }

    @Get
    @Operation(summary = "List outbox messages", description = "Newest first, optionally of one status (PENDING,"
            + " SENT, DEAD), with the recipient, attempts and last error. Values the message keeps secret"
            + " (verification and reset links and tokens, ticket codes) are never shown.")
    @ApiResponse(responseCode = "200", description = "One page of messages")
    @ApiResponse(responseCode = "400", description = "INVALID_VALUE (status), INVALID_CURSOR (also a forged one"
            + " naming an instant out of range), VALIDATION_FAILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationPage list(@QueryValue @Nullable OutboxStatus status,
                                 @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                 @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable
                                 @Size(max = 512) String cursor) {
        Optional<OutboxCursor> after = Cursors.decode(cursor).map(text -> OutboxCursor.decode(text)
                .orElseThrow(() -> new RejectedException(Rejection.onField(RestRejection.INVALID_CURSOR, "cursor"))));
        ListNotificationsQuery.NotificationPage page = list.list(Optional.ofNullable(status), after, limit);
        return new NotificationPage(page.items().stream().map(NotificationResponse::of).toList(),
                page.next().map(next -> Cursors.encode(next.encode())).orElse(null));
    }

    @Post("/{id}/retry")
    @Operation(summary = "Queue a message again", description = "A DEAD message, or a PENDING one waiting for its"
            + " next try: attempts back to 0, due now. A SENT message is never sent again; a PENDING one a"
            + " dispatcher is sending right now (its lease, MARQUEE_NOTIFICATION_LEASE, not over) is refused so it"
            + " is not sent twice; a message whose link or offer ran out (its expiresAt passed) is refused.")
    @ApiResponse(responseCode = "200", description = "The message, PENDING")
    @ApiResponse(responseCode = "404", description = "NOTIFICATION_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "NOTIFICATION_ALREADY_SENT, NOTIFICATION_IN_FLIGHT,"
            + " NOTIFICATION_EXPIRED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationResponse retry(@PathVariable UUID id) {
        return NotificationResponse.of(Outcomes.accepted(retry.retry(id)));
    }

    @Serdeable
    @Schema(name = "NotificationPage")
    public record NotificationPage(List<NotificationResponse> items,
                                   @Nullable @Schema(nullable = true, description = "Pass as cursor for the next"
                                           + " page; null on the last page") String nextCursor) {
    }
}
