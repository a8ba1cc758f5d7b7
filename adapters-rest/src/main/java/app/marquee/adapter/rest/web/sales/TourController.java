package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.sales.event.port.in.StartTourUseCase;
import app.marquee.application.sales.event.port.in.ViewEventQuery;
import app.marquee.application.sales.event.port.in.ViewTourQuery;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Tours: an organiser's named runs of events, seen by that organiser and ADMINs only. */
@Controller("/api/v1/tours")
@Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: tours", description = "Named runs of events by one organiser; OPERATOR or ADMIN")
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TourController {
    private final StartTourUseCase start;
    private final ViewTourQuery view;
    private final ViewEventQuery events;

    public TourController(StartTourUseCase start, ViewTourQuery view, ViewEventQuery events) {
        this.start = start;
        this.view = view;
        this.events = events;
    }

    @Post
    @Operation(operationId = "startTour", summary = "Start a tour", description = "Events join it with their tourId.")
    @ApiResponse(responseCode = "201", description = "The tour, with Location", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TourResponse.class)))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, INVALID_VALUE (name)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<TourResponse> start(@Body @Valid TourBody body, Authentication caller) {
        Tour tour = Fields.parse("name", () -> start.start(new StartTourUseCase.Command(body.name(),
                Callers.accountId(caller))));
        return HttpResponse.created(TourResponse.of(tour, List.of()), URI.create("/api/v1/tours/" + tour.id()));
    }

    @Get
    @Operation(operationId = "listTours", summary = "The caller's tours by name (an ADMIN's: every tour)",
            description = "By name ignoring case, then id, page by page; each without its events (events: [])")
    @ApiResponse(responseCode = "200", description = "One page of tours")
    @ApiResponse(responseCode = "400", description = "INVALID_CURSOR (cursor), VALIDATION_FAILED (limit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TourPage list(Authentication caller, @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                         @Parameter(description = "nextCursor of the previous page") @QueryValue
                         @Nullable @Size(max = 2048) String cursor) {
        ViewTourQuery.TourPage page = Outcomes.accepted(view.list(SalesCallers.editor(caller), Cursors.decode(cursor),
                limit));
        return new TourPage(page.items().stream().map(tour -> TourResponse.of(tour, List.of())).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }

    @Get("/{id}")
    @Operation(operationId = "getTour", summary = "A tour with its events, by title")
    @ApiResponse(responseCode = "200", description = "The tour")
    @ApiResponse(responseCode = "404", description = "TOUR_NOT_FOUND (also another organiser's tour)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TourResponse get(@PathVariable UUID id, Authentication caller) {
        ViewTourQuery.TourWithEvents found = Outcomes.accepted(view.view(new TourId(id), SalesCallers.editor(caller)));
        return TourResponse.of(found.tour(), events.asBuyersSee(found.events()).stream().map(EventResponse::of).toList());
    }

    @Serdeable
    @Schema(name = "TourWrite")
    record TourBody(@NotNull @Schema(example = "Northern Lights Tour 2027", maxLength = Tour.MAX_NAME_LENGTH) String name) {
    }

    @Serdeable
    @Schema(name = "TourPage")
    public record TourPage(List<TourResponse> items,
                           @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                   + " null on the last page") String nextCursor) {
    }

    @Serdeable
    @Schema(name = "Tour")
    public record TourResponse(UUID id, String name, UUID ownerId, List<EventResponse> events) {
        static TourResponse of(Tour tour, List<EventResponse> events) {
            return new TourResponse(tour.id().value(), tour.name(), tour.owner().value(), events);
        }
    }
}
