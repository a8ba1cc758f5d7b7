package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.sales.ScreeningRequests.ScreeningBody;
import app.marquee.application.sales.screening.ScreeningFilter;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.application.sales.screening.port.in.ListScreeningsQuery;
import app.marquee.application.sales.screening.port.in.ScheduleScreeningUseCase;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.venue.VenueId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cinema box office: films of the catalog scheduled in cinema rooms, listed for anybody. */
@Controller("/api/v1/screenings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sales: screenings", description = "Films in cinema rooms; scheduled by an OPERATOR or ADMIN, read by anybody")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ScreeningController {
    private final ScheduleScreeningUseCase schedule;
    private final ListScreeningsQuery list;
    private final Clock clock;

    public ScreeningController(ScheduleScreeningUseCase schedule, ListScreeningsQuery list, Clock clock) {
        this.schedule = schedule;
        this.list = list;
        this.clock = clock;
    }

    @Post
    @Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "scheduleScreening", summary = "Schedule a screening",
            description = "On sale at once, until it starts. It holds the room from its start to start + trailers +"
                    + " runtime + cleaning (MARQUEE_SCREENING_TRAILERS, MARQUEE_SCREENING_CLEANING); two screenings"
                    + " never overlap in one room.")
    @ApiResponse(responseCode = "201", description = "The screening, with Location (its show)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScreeningResponse.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND (not a published film), VENUE_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "SCREENING_OVERLAP (subjects: the screening in the way)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "VENUE_NOT_A_CINEMA_ROOM, ROOM_NOT_EQUIPPED_FOR_3D (a 3D screening in a room without THREE_D), TITLE_RUNTIME_UNKNOWN, SHOW_TIMES_INVALID (startsAt)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ScreeningResponse> schedule(@Body @Valid ScreeningBody body) {
        ScreeningView view = Outcomes.accepted(schedule.schedule(new ScheduleScreeningUseCase.Command(
                new TitleId(body.titleId()), new VenueId(body.venueId()), Fields.moment("startsAt", body.startsAt()), body.version(),
                body.projection(), body.tiers())));
        return HttpResponse.created(ScreeningResponse.of(view, clock.instant()),
                URI.create("/api/v1/shows/" + view.show().id()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listScreenings", summary = "Screenings by start",
            description = "Not cancelled; on a date (in each room's time zone), or without one those not over yet;"
                    + " by film, by room; by start, then id, page by page. remainingSeats: seats with neither a valid"
                    + " ticket nor a live hold, plus what areas have left; a screening with none left is SOLD_OUT.")
    @ApiResponse(responseCode = "200", description = "One page of screenings")
    @ApiResponse(responseCode = "400", description = "INVALID_CURSOR (cursor), INVALID_VALUE (date), VALIDATION_FAILED (limit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScreeningResponse.ScreeningPage list(@Parameter(description = "YYYY-MM-DD") @QueryValue @Nullable LocalDate date,
                                                @QueryValue @Nullable UUID titleId, @QueryValue @Nullable UUID venueId,
                                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                                @Parameter(description = "nextCursor of the previous page") @QueryValue
                                                @Nullable @Size(max = 2048) String cursor) {
        Instant now = clock.instant();
        ScreeningFilter filter = new ScreeningFilter(Optional.ofNullable(date).map(day -> Fields.day("date", day)),
                Optional.ofNullable(titleId).map(TitleId::new), Optional.ofNullable(venueId).map(VenueId::new));
        ListScreeningsQuery.ScreeningPage page = Outcomes.accepted(list.list(new ListScreeningsQuery.Listing(filter,
                Cursors.decode(cursor), limit)));
        return new ScreeningResponse.ScreeningPage(page.items().stream().map(view -> ScreeningResponse.of(view, now))
                .toList(), page.nextAfter().map(Cursors::encode).orElse(null));
    }
}
