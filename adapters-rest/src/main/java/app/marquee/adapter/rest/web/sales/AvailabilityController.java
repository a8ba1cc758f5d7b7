package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.sales.hold.port.in.ShowAvailabilityQuery;
import app.marquee.domain.sales.show.ShowId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** What is left of a show, for whoever may see it. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sales: holds")
public class AvailabilityController {
    private final ShowAvailabilityQuery availability;

    public AvailabilityController(ShowAvailabilityQuery availability) {
        this.availability = availability;
    }

    @Get("/shows/{id}/availability")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getShowAvailability", summary = "Every seat's state and the places left",
            description = "Each seat AVAILABLE, HELD or SOLD (never by whom), each area's remaining places and each"
                    + " tier's (tiers may share places). Holds whose time is up count for nothing. Anybody may read a"
                    + " show on sale; a draft event's show only its organiser or an admin.")
    @ApiResponse(responseCode = "200", description = "The availability")
    @ApiResponse(responseCode = "404", description = "SHOW_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AvailabilityResponse get(@PathVariable UUID id, @Nullable Authentication caller) {
        return AvailabilityResponse.of(Outcomes.accepted(availability.availability(new ShowId(id),
                SalesCallers.reader(caller))));
    }
}
