package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.application.sales.event.port.in.ChangeEventStatusUseCase;
import app.marquee.application.sales.event.port.in.ChangeEventStatusUseCase.Change;
import app.marquee.application.sales.event.port.in.ViewEventQuery;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** An organiser puts an event on sale or cancels it; events are cancelled, never deleted (tickets point at them). */
@Controller("/api/v1/events/{id}")
@Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: events")
@ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also another organiser's event)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "409", description = "EVENT_CANCELLED, CONCURRENT_UPDATE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EventStatusController {
    private final ChangeEventStatusUseCase change;
    private final ViewEventQuery view;

    public EventStatusController(ChangeEventStatusUseCase change, ViewEventQuery view) {
        this.change = change;
        this.view = view;
    }

    @Post("/open-sales")
    @Operation(operationId = "putEventOnSale", summary = "Put an event on sale",
            description = "ON_SALE: anybody may now read it and its shows. Each show still opens its own sale.")
    @ApiResponse(responseCode = "200", description = "The event, with its new ETag")
    public HttpResponse<EventResponse> openSales(@PathVariable UUID id, Authentication caller) {
        return changed(id, Change.PUT_ON_SALE, caller);
    }

    @Post("/cancel")
    @Operation(operationId = "cancelEvent", summary = "Cancel an event for good",
            description = "CANCELLED: it can no longer change and gets no new show. Its shows that have not"
                    + " started are cancelled with it, each as POST /shows/{id}/cancel does: holds released, every paid"
                    + " order cancelled and refunded in full.")
    @ApiResponse(responseCode = "200", description = "The event, with its new ETag")
    public HttpResponse<EventResponse> cancel(@PathVariable UUID id, Authentication caller) {
        return changed(id, Change.CANCEL, caller);
    }

    private HttpResponse<EventResponse> changed(UUID id, Change wanted, Authentication caller) {
        Event event = Outcomes.accepted(change.change(new ChangeEventStatusUseCase.Command(new EventId(id),
                SalesCallers.editor(caller), wanted)));
        return HttpResponse.ok(EventResponse.of(view.asBuyersSee(List.of(event)).get(0)))
                .header(HttpHeaders.ETAG, ETags.of(event.version()));
    }
}
