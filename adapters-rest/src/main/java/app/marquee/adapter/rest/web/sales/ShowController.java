package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.adapter.rest.web.sales.ShowRequests.ShowBody;
import app.marquee.application.sales.show.port.in.RemainingPlacesQuery;
import app.marquee.application.sales.show.port.in.ScheduleShowUseCase;
import app.marquee.application.sales.show.port.in.ViewShowQuery;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.VenueId;
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
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The dates of an event: scheduled by its organiser, read by whoever may read the event. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sales: shows", description = "Dates of events at venues, with their price tiers and sales window")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ShowController {
    private final ScheduleShowUseCase schedule;
    private final ViewShowQuery view;
    private final RemainingPlacesQuery places;
    private final Clock clock;

    public ShowController(ScheduleShowUseCase schedule, ViewShowQuery view, RemainingPlacesQuery places, Clock clock) {
        this.schedule = schedule;
        this.view = view;
        this.places = places;
        this.clock = clock;
    }

    @Post("/events/{id}/shows")
    @Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "scheduleShow", summary = "Add a date to an event",
            description = "A DRAFT at a venue, priced by tiers per seat kind or area (money in minor units), with a"
                    + " sales window (default: from now until the start) and a per-order maximum (default 10).")
    @ApiResponse(responseCode = "201", description = "The new show, with Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ShowResponse.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also another organiser's event), VENUE_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "EVENT_CANCELLED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "SHOW_TIMES_INVALID (with the field), AREA_NOT_FOUND (subjects:"
            + " the unknown area ids)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ShowResponse> schedule(@PathVariable UUID id, @Body @Valid ShowBody body,
                                               Authentication caller) {
        Show show = Outcomes.accepted(schedule.schedule(new ScheduleShowUseCase.Command(new EventId(id),
                SalesCallers.editor(caller), new VenueId(body.venueId()), Fields.moment("startsAt", body.startsAt()),
                Fields.optionalMoment("endsAt", body.endsAt()), body.tiers(),
                Fields.optionalMoment("salesOpenAt", body.salesOpenAt()),
                Fields.optionalMoment("salesCloseAt", body.salesCloseAt()), body.perOrderLimit())));
        return HttpResponse.created(ShowResponse.of(show, clock.instant(), places), URI.create("/api/v1/shows/" + show.id()))
                .header(HttpHeaders.ETAG, ETags.of(show.version()));
    }

    @Get("/shows/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getShow", summary = "One show with its price tiers",
            description = "Seen by whoever may see its event (anybody once the event is ON_SALE).")
    @ApiResponse(responseCode = "200", description = "The show, with its ETag")
    @ApiResponse(responseCode = "404", description = "SHOW_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ShowResponse> get(@PathVariable UUID id, @Nullable Authentication caller) {
        Show show = Outcomes.accepted(view.view(new ShowId(id), SalesCallers.reader(caller)));
        return HttpResponse.ok(ShowResponse.of(show, clock.instant(), places)).header(HttpHeaders.ETAG,
                ETags.of(show.version()));
    }
}
