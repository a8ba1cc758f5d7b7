package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.sales.integrity.port.in.ShowIntegrityQuery;
import app.marquee.domain.sales.show.ShowId;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** A show's books for the people who answer for them: do sales, stock and money agree. */
@Controller("/api/v1/admin/shows")
@Secured(VenueHttp.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Admin: sales integrity", description = "Whether a show's places, tickets, orders and money reconcile")
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an ADMIN",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ShowIntegrityController {
    private final ShowIntegrityQuery integrity;

    public ShowIntegrityController(ShowIntegrityQuery integrity) {
        this.integrity = integrity;
    }

    @Get("/{id}/integrity")
    @Operation(operationId = "showIntegrity", summary = "A show's integrity report",
            description = "Capacity, places sold and held, tickets issued and void, paid and cancelled orders,"
                    + " money captured, refunded and kept, read in one snapshot; then every rule the books keep"
                    + " (never oversold, a seat sold once, stock rows agreeing with tickets, no ticket without"
                    + " payment, no payment without a ticket or a refund, money balancing) with its figures."
                    + " `reconciles` is true when all hold.")
    @ApiResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntegrityResponse.class)))
    @ApiResponse(responseCode = "404", description = "SHOW_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegrityResponse report(@PathVariable UUID id) {
        return IntegrityResponse.of(Outcomes.accepted(integrity.report(new ShowId(id))));
    }
}
