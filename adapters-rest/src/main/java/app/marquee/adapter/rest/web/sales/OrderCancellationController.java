package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.sales.refund.port.in.CancelOrderUseCase;
import app.marquee.domain.sales.order.OrderId;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
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

import java.util.UUID;

/** A buyer cancels their order and is refunded by the refund policy. */
@Controller("/api/v1/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: orders")
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrderCancellationController {
    private final CancelOrderUseCase cancel;

    public OrderCancellationController(CancelOrderUseCase cancel) {
        this.cancel = cancel;
    }

    @Post("/{id}/cancel")
    @Operation(operationId = "cancelOrder", summary = "Cancel my order and be refunded",
            description = "The refund policy quotes the refund by the notice given before the show (by default 100 %"
                    + " up to 48 hours before, 50 % up to 2 hours before, nothing later; MARQUEE_REFUND_TIERS). The"
                    + " tickets become VOID and their places are on sale again at once; the refund is asked of the"
                    + " payment provider under its own key (status SUCCEEDED, or PENDING when the provider is down: the"
                    + " refund dispatcher asks again). Too late, nothing changes and the tickets stay valid.")
    @ApiResponse(responseCode = "200", description = "The order, CANCELLED, with its refund",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderResponse.class)))
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also another buyer's order)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "ORDER_ALREADY_CANCELLED, NOT_REFUNDABLE (too late: the refund"
            + " policy gives nothing back now)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public OrderResponse cancel(@PathVariable UUID id, Authentication caller) {
        return OrderResponse.cancelled(Outcomes.accepted(cancel.cancel(new CancelOrderUseCase.Command(new OrderId(id),
                Callers.accountId(caller)))));
    }
}
