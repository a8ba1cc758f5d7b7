package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.adapter.rest.web.sales.EventRequests.EventBody;
import app.marquee.application.sales.event.port.in.AnnounceEventUseCase;
import app.marquee.application.sales.event.port.in.ViewEventQuery;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

/** Events as organisers announce them and as the public reads them once they are on sale. */
@Controller("/api/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sales: events", description = "Concerts, plays, galas and their dates; written by the OPERATOR who"
        + " owns them (or an ADMIN), read by anybody once ON_SALE")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EventController {
    private final AnnounceEventUseCase announce;
    private final ViewEventQuery view;

    public EventController(AnnounceEventUseCase announce, ViewEventQuery view) {
        this.announce = announce;
        this.view = view;
    }

    @Post
    @Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "announceEvent", summary = "Announce an event",
            description = "A DRAFT owned by the caller: other operators and the public do not see it (404).")
    @ApiResponse(responseCode = "201", description = "The new event, with Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventResponse.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<EventResponse> announce(@Body @Valid EventBody body, Authentication caller) {
        Event event = announce.announce(new AnnounceEventUseCase.Command(body.details(), Callers.accountId(caller)));
        return HttpResponse.created(EventResponse.of(event), URI.create("/api/v1/events/" + event.id()))
                .header(HttpHeaders.ETAG, ETags.of(event.version()));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getEvent", summary = "One event",
            description = "Anybody may read an event ON_SALE; a DRAFT or CANCELLED one only its owner or an ADMIN.")
    @ApiResponse(responseCode = "200", description = "The event, with its ETag")
    @ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also another organiser's draft)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<EventResponse> get(@PathVariable UUID id, @Nullable Authentication caller) {
        Event event = Outcomes.accepted(view.view(new EventId(id), SalesCallers.reader(caller)));
        return HttpResponse.ok(EventResponse.of(event)).header(HttpHeaders.ETAG, ETags.of(event.version()));
    }
}
