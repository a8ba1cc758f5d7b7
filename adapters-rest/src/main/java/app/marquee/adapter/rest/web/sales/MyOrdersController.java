package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.sales.order.port.in.ListMyOrdersQuery;
import app.marquee.application.sales.order.port.in.ListMyTicketsQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The caller's own orders and tickets. */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: orders")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED (limit), INVALID_CURSOR",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MyOrdersController {
    private final ListMyOrdersQuery orders;
    private final ListMyTicketsQuery tickets;

    public MyOrdersController(ListMyOrdersQuery orders, ListMyTicketsQuery tickets) {
        this.orders = orders;
        this.tickets = tickets;
    }

    @Get("/orders")
    @Operation(operationId = "listMyOrders", summary = "My orders, newest first", description = "Each with its tickets.")
    @ApiResponse(responseCode = "200", description = "One page of orders")
    public OrderPages.OrderPage orders(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                       @Parameter(description = "nextCursor of the previous page") @QueryValue
                                       @Nullable @Size(max = 2048) String cursor, Authentication caller) {
        return OrderPages.OrderPage.of(Outcomes.accepted(orders.list(new ListMyOrdersQuery.Listing(
                Callers.accountId(caller), Cursors.decode(cursor), limit))));
    }

    @Get("/tickets")
    @Operation(operationId = "listMyTickets", summary = "My tickets, latest show first",
            description = "Valid and void, each with its show's start, venue and title and its signed code.")
    @ApiResponse(responseCode = "200", description = "One page of tickets")
    public OrderPages.TicketPage tickets(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                         @Parameter(description = "nextCursor of the previous page") @QueryValue
                                         @Nullable @Size(max = 2048) String cursor, Authentication caller) {
        return OrderPages.TicketPage.of(Outcomes.accepted(tickets.list(new ListMyTicketsQuery.Listing(
                Callers.accountId(caller), Cursors.decode(cursor), limit))));
    }
}
