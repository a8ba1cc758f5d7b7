package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.application.sales.show.port.in.ChangeShowStatusUseCase;
import app.marquee.application.sales.show.port.in.ChangeShowStatusUseCase.Change;
import app.marquee.application.sales.show.port.in.ListShowsOfEventQuery;
import app.marquee.application.sales.show.port.in.RemainingPlacesQuery;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event's dates as a list, and the organiser opening a show's sale or cancelling it. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sales: shows")
public class ShowStatusController {
    private final ListShowsOfEventQuery list;
    private final ChangeShowStatusUseCase change;
    private final RemainingPlacesQuery places;
    private final Clock clock;

    public ShowStatusController(ListShowsOfEventQuery list, ChangeShowStatusUseCase change, RemainingPlacesQuery places,
                                Clock clock) {
        this.list = list;
        this.change = change;
        this.places = places;
        this.clock = clock;
    }

    @Get("/events/{id}/shows")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listShowsOfEvent", summary = "An event's shows in time order",
            description = "For whoever may see the event (anybody once it is ON_SALE).")
    @ApiResponse(responseCode = "200", description = "The shows, first date first")
    @ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ShowResponse> ofEvent(@PathVariable UUID id, @Nullable Authentication caller) {
        Instant now = clock.instant();
        return ShowResponse.of(Outcomes.accepted(list.list(new EventId(id), SalesCallers.reader(caller))), now, places);
    }

    @Post("/shows/{id}/open-sales")
    @Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "openShowSales", summary = "Open a show's sale",
            description = "ON_SALE: buyers may hold places within the sales window. Opening twice is harmless.")
    @ApiResponse(responseCode = "200", description = "The show, with its new ETag")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "SHOW_NOT_FOUND (also another organiser's show)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "SHOW_CANCELLED, SHOW_PAST, EVENT_CANCELLED, CONCURRENT_UPDATE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ShowResponse> openSales(@PathVariable UUID id, Authentication caller) {
        return changed(id, Change.OPEN_SALES, caller);
    }

    @Post("/shows/{id}/cancel")
    @Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "cancelShow", summary = "Cancel a show",
            description = "CANCELLED for good; nothing more is sold. An event's date: by its organiser or an admin;"
                    + " a screening: by any operator or admin (it frees the room's slot)."
                    + " In the same transaction its live holds are released and every paid order is CANCELLED with its"
                    + " tickets VOID and a full refund recorded PENDING; the refund dispatcher then asks the payment"
                    + " provider for each (every MARQUEE_REFUND_RETRY_INTERVAL).")
    @ApiResponse(responseCode = "200", description = "The show, with its new ETag")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "SHOW_NOT_FOUND (also another organiser's show)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "SHOW_CANCELLED, SHOW_PAST, CONCURRENT_UPDATE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ShowResponse> cancel(@PathVariable UUID id, Authentication caller) {
        return changed(id, Change.CANCEL, caller);
    }

    private HttpResponse<ShowResponse> changed(UUID id, Change wanted, Authentication caller) {
        Show show = Outcomes.accepted(change.change(new ChangeShowStatusUseCase.Command(new ShowId(id),
                SalesCallers.editor(caller), wanted)));
        return HttpResponse.ok(ShowResponse.of(show, clock.instant(), places)).header(HttpHeaders.ETAG,
                ETags.of(show.version()));
    }
}
