package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.adapter.rest.web.sales.EventRequests.EventBody;
import app.marquee.application.sales.event.port.in.AnnounceEventUseCase;
import app.marquee.application.sales.event.port.in.ListEventsQuery;
import app.marquee.application.sales.event.port.in.ReviseEventUseCase;
import app.marquee.application.sales.event.port.in.ViewEventQuery;
import app.marquee.application.sales.event.port.in.ViewEventQuery.EventView;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
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
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Events as organisers announce and rewrite them, and as the public reads them once they are on sale. */
@Controller("/api/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sales: events", description = "Concerts, plays, galas and their dates; written by the OPERATOR who"
        + " owns them (or an ADMIN), read by anybody once ON_SALE")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field),"
        + " INVALID_CURSOR", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EventController {
    private final AnnounceEventUseCase announce;
    private final ListEventsQuery list;
    private final ViewEventQuery view;
    private final ReviseEventUseCase revise;

    public EventController(AnnounceEventUseCase announce, ListEventsQuery list, ViewEventQuery view,
                           ReviseEventUseCase revise) {
        this.announce = announce;
        this.list = list;
        this.view = view;
        this.revise = revise;
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
    @ApiResponse(responseCode = "404", description = "TOUR_NOT_FOUND (also another organiser's tour)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<EventResponse> announce(@Body @Valid EventBody body, Authentication caller) {
        Event event = Outcomes.accepted(announce.announce(new AnnounceEventUseCase.Command(body.details(),
                SalesCallers.editor(caller), body.tour())));
        return withETag(HttpResponse.created(shown(event), URI.create("/api/v1/events/" + event.id())), event);
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listEvents", summary = "Events by title",
            description = "Every event ON_SALE; an OPERATOR also sees their own drafts and cancelled events, an"
                    + " ADMIN every event. Each with its status now (SOLD_OUT, PAST told from its shows).")
    @ApiResponse(responseCode = "200", description = "One page of events")
    public EventResponse.EventPage list(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                        @Parameter(description = "nextCursor of the previous page") @QueryValue
                                        @Nullable @Size(max = 2048) String cursor, @Nullable Authentication caller) {
        ListEventsQuery.EventPage page = Outcomes.accepted(list.list(new ListEventsQuery.Listing(
                SalesCallers.reader(caller), Cursors.decode(cursor), limit)));
        return new EventResponse.EventPage(page.items().stream().map(EventResponse::of).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getEvent", summary = "One event",
            description = "Anybody may read an event ON_SALE; a DRAFT or CANCELLED one only its owner or an ADMIN."
                    + " The ETag is the event's version and a digest of its status now (\"3.9f86d081884c7d65\"), so an"
                    + " event selling out is never a 304; If-None-Match with it gives 304, If-Match on a write reads"
                    + " the version before the dot.")
    @ApiResponse(responseCode = "200", description = "The event, with its ETag")
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given")
    @ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also another organiser's draft)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<EventResponse> get(@PathVariable UUID id, @Nullable Authentication caller,
                                           @Header(ETags.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        EventView event = Outcomes.accepted(view.view(new EventId(id), SalesCallers.reader(caller)));
        String etag = ETags.ofRepresentation(event.event().version(),
                event.standing().name().getBytes(StandardCharsets.US_ASCII));
        if (ETags.noneMatchHits(ifNoneMatch, etag.substring(1, etag.length() - 1))) {
            return HttpResponse.<EventResponse>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag);
        }
        return HttpResponse.ok(EventResponse.of(event)).header(HttpHeaders.ETAG, etag);
    }

    @Put("/{id}")
    @Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "replaceEvent", summary = "Rewrite an event",
            description = "Every field is replaced, the tour too (absent: none). With If-Match, an event changed since"
                    + " is refused (412); without it, losing a race is 409.")
    @ApiResponse(responseCode = "200", description = "The event, with its new ETag")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also another organiser's event), TOUR_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE, EVENT_CANCELLED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<EventResponse> replace(@PathVariable UUID id, @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                               @Body @Valid EventBody body, Authentication caller) {
        Event event = Outcomes.accepted(revise.revise(new ReviseEventUseCase.Command(new EventId(id),
                SalesCallers.editor(caller), ETags.expectedVersion(ifMatch), body.details(), body.tour())));
        return withETag(HttpResponse.ok(shown(event)), event);
    }

    private EventResponse shown(Event event) {
        return EventResponse.of(view.asBuyersSee(List.of(event)).get(0));
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, Event event) {
        return response.header(HttpHeaders.ETAG, ETags.of(event.version()));
    }
}
