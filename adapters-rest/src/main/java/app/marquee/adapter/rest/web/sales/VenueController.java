package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.adapter.rest.web.sales.VenueRequests.VenueBody;
import app.marquee.application.sales.venue.port.in.CreateVenueUseCase;
import app.marquee.application.sales.venue.port.in.ListVenuesQuery;
import app.marquee.application.sales.venue.port.in.ViewVenueQuery;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** Venues as operators keep them: open, list, read, rewrite. The seat map has its own routes. */
@Controller("/api/v1/venues")
@Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: venues", description = "Halls, cinema rooms and open-air sites with their seat maps;"
        + " OPERATOR or ADMIN")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field),"
        + " INVALID_CURSOR", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VenueController {
    private final CreateVenueUseCase create;
    private final ListVenuesQuery list;
    private final ViewVenueQuery view;
    private final VenueEditor editor;

    public VenueController(CreateVenueUseCase create, ListVenuesQuery list, ViewVenueQuery view, VenueEditor editor) {
        this.create = create;
        this.list = list;
        this.view = view;
        this.editor = editor;
    }

    @Post
    @Operation(operationId = "createVenue", summary = "Open a venue",
            description = "Its seat map starts empty; draw it with PUT /api/v1/venues/{id}/seat-map.")
    @ApiResponse(responseCode = "201", description = "The new venue, with Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VenueResponse.class)))
    public HttpResponse<VenueResponse> create(@Body @Valid VenueBody body) {
        Venue venue = create.create(new CreateVenueUseCase.Command(body.details()));
        return withETag(HttpResponse.created(VenueResponse.of(venue), URI.create("/api/v1/venues/" + venue.id())),
                venue);
    }

    @Get
    @Operation(operationId = "listVenues", summary = "Venues by name",
            description = "Ordered by name ignoring case; each without its seat map (seatMap: null).")
    @ApiResponse(responseCode = "200", description = "One page of venues")
    public VenueResponse.VenuePage list(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                        @Parameter(description = "nextCursor of the previous page") @QueryValue
                                        @Nullable @Size(max = 2048) String cursor) {
        ListVenuesQuery.VenuePage page = Outcomes.accepted(list.list(new ListVenuesQuery.Listing(
                Cursors.decode(cursor), limit)));
        return new VenueResponse.VenuePage(page.items().stream().map(VenueResponse::of).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }

    @Get("/{id}")
    @Operation(operationId = "getVenue", summary = "One venue with its whole seat map",
            description = "ETag is the venue's version; If-None-Match with it gives 304.")
    @ApiResponse(responseCode = "200", description = "The venue")
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given")
    @ApiResponse(responseCode = "404", description = "VENUE_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<VenueResponse> get(@PathVariable UUID id,
                                           @Header(ETags.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        Venue venue = Outcomes.accepted(view.view(new VenueId(id)));
        if (ETags.noneMatchHits(ifNoneMatch, venue.version())) {
            return HttpResponse.<VenueResponse>status(HttpStatus.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, ETags.of(venue.version()));
        }
        return withETag(HttpResponse.ok(VenueResponse.of(venue)), venue);
    }

    @Get("/{id}/seat-map")
    @Operation(operationId = "getSeatMap", summary = "A venue's whole seat map",
            description = "Sections, rows front to back, seats left to right with their kind and position; areas.")
    @ApiResponse(responseCode = "200", description = "The seat map, with the venue's ETag")
    @ApiResponse(responseCode = "404", description = "VENUE_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<SeatMapResponse> seatMap(@PathVariable UUID id) {
        Venue venue = Outcomes.accepted(view.view(new VenueId(id)));
        return HttpResponse.ok(SeatMapResponse.of(id, venue.version(), venue.seatMap()))
                .header(HttpHeaders.ETAG, ETags.of(venue.version()));
    }

    @Put("/{id}")
    @Operation(operationId = "replaceVenue", summary = "Rewrite a venue",
            description = "Every field is replaced; the seat map stays. With If-Match, a venue changed since is"
                    + " refused (412); without it, losing a race is 409.")
    @ApiResponse(responseCode = "200", description = "The venue, with its new ETag")
    @ApiResponse(responseCode = "404", description = "VENUE_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE; VENUE_HAS_SCREENINGS (screenings to come"
            + " need it to stay a CINEMA_ROOM, and keep THREE_D for 3D ones)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "CINEMA_ROOM_NEEDS_SEATS (a venue whose map has areas only"
            + " cannot become a cinema room)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<VenueResponse> replace(@PathVariable UUID id, @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                               @Body @Valid VenueBody body) {
        Venue venue = editor.replace(new VenueId(id), ifMatch, body);
        return withETag(HttpResponse.ok(VenueResponse.of(venue)), venue);
    }

    @Patch("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, VenueHttp.MERGE_PATCH})
    @Operation(operationId = "patchVenue", summary = "Change some fields of a venue",
            description = "A JSON merge patch of the fields of PUT. With If-Match, a venue changed since is refused"
                    + " (412); without it, the patch applies to the version it was merged into (412 otherwise).")
    @RequestBody(content = @Content(schema = @Schema(implementation = VenueBody.class)))
    @ApiResponse(responseCode = "200", description = "The venue, with its new ETag")
    @ApiResponse(responseCode = "404", description = "VENUE_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE; VENUE_HAS_SCREENINGS (screenings to come"
            + " need it to stay a CINEMA_ROOM, and keep THREE_D for 3D ones)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "CINEMA_ROOM_NEEDS_SEATS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<VenueResponse> patch(@PathVariable UUID id, @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                             @Body JsonNode body) {
        Venue venue = editor.patch(new VenueId(id), ifMatch, body);
        return withETag(HttpResponse.ok(VenueResponse.of(venue)), venue);
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, Venue venue) {
        return response.header(HttpHeaders.ETAG, ETags.of(venue.version()));
    }
}
