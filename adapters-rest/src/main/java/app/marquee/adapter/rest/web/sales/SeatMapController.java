package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.adapter.rest.web.sales.SeatMapRequests.SeatMapBody;
import app.marquee.adapter.rest.web.sales.SeatMapResponse.RemovedPlace;
import app.marquee.application.sales.venue.port.in.RedrawSeatMapUseCase;
import app.marquee.application.sales.venue.port.in.ViewVenueQuery;
import app.marquee.domain.sales.venue.SeatMapChange;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Optional;
import java.util.UUID;

/** Draws a venue's seat map anew from compact layouts. */
@Controller("/api/v1/venues/{id}/seat-map")
@Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: venues")
public class SeatMapController {
    private final ViewVenueQuery view;
    private final RedrawSeatMapUseCase redraw;

    public SeatMapController(ViewVenueQuery view, RedrawSeatMapUseCase redraw) {
        this.view = view;
        this.redraw = redraw;
    }

    @Put
    @Operation(operationId = "replaceSeatMap", summary = "Replace a venue's seat map",
            description = "Sections in compact layouts (rows \"A-M\", seats \"1-20\", aisles, kinds, missing seats)"
                    + " and general-admission areas. Seats whose label is unchanged keep their id; removing one a"
                    + " future show uses is refused (409 SEATS_IN_USE, listed in subjects). With If-Match, a venue"
                    + " changed since is refused (412); without it, losing a race is 409.")
    @ApiResponse(responseCode = "200", description = "The whole new map and the places removed, with the new ETag")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the"
            + " field)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "VENUE_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "SEATS_IN_USE (subjects: the seat labels and area names),"
            + " CONCURRENT_UPDATE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "ROW_RANGE_INVALID, SEAT_RANGE_INVALID, SEAT_REFERENCE_INVALID,"
            + " SEAT_OUTSIDE_LAYOUT, SECTION_NAME_DUPLICATE, AREA_NAME_DUPLICATE, SEAT_MAP_EMPTY, SEAT_MAP_TOO_LARGE,"
            + " CINEMA_ROOM_NEEDS_SEATS, each naming the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<SeatMapResponse.Replacement> replace(@PathVariable UUID id,
                                                             @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                                             @Body @Valid SeatMapBody body) {
        VenueId venueId = new VenueId(id);
        Optional<Long> expected = ifMatch == null ? Optional.empty()
                : ETags.expectedVersion(ifMatch, Outcomes.accepted(view.view(venueId)).version(), Optional.empty());
        SeatMapChange change = Outcomes.accepted(redraw.redraw(new RedrawSeatMapUseCase.Command(venueId, expected,
                body.plan())));
        Venue venue = change.venue();
        return HttpResponse.ok(new SeatMapResponse.Replacement(
                        SeatMapResponse.of(id, venue.version(), venue.seatMap()),
                        change.removedSeats().stream().map(seat -> new RemovedPlace(seat.id().value(), seat.label()))
                                .toList(),
                        change.removedAreas().stream().map(area -> new RemovedPlace(area.id().value(), area.name()))
                                .toList()))
                .header(HttpHeaders.ETAG, ETags.of(venue.version()));
    }
}
