package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.sales.WaitingListRequests.JoinBody;
import app.marquee.application.sales.waitlist.port.in.JoinWaitingListUseCase;
import app.marquee.application.sales.waitlist.port.in.LeaveWaitingListUseCase;
import app.marquee.application.sales.waitlist.port.in.MyWaitingEntryQuery;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

/** A sold-out show's waiting list: join it, see where you stand and what you are offered, leave it. */
@Controller("/api/v1/shows/{id}/waiting-list")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: waiting lists", description = "Places that come back go to those waiting, in line order")
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WaitingListController {
    private final JoinWaitingListUseCase join;
    private final MyWaitingEntryQuery mine;
    private final LeaveWaitingListUseCase leave;

    public WaitingListController(JoinWaitingListUseCase join, MyWaitingEntryQuery mine, LeaveWaitingListUseCase leave) {
        this.join = join;
        this.mine = mine;
        this.leave = leave;
    }

    @Post
    @Operation(operationId = "joinWaitingList", summary = "Wait for places of a sold-out show at a tier",
            description = "Only while nothing of the tier can be bought (places that came back while others wait are"
                    + " theirs). When places of the tier come back, the first in line whose wish fits is offered them"
                    + " as a hold valid MARQUEE_WAITLIST_OFFER_VALIDITY (2 hours by default), paid like any hold with"
                    + " POST /api/v1/orders; an offer not paid in time passes to the next.")
    @ApiResponse(responseCode = "201", description = "The entry, with its position in line and Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WaitingEntryResponse.class)))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "EMAIL_NOT_VERIFIED (MARQUEE_REQUIRE_VERIFIED_EMAIL, on by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "SHOW_NOT_FOUND (also a show the caller may not see)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "SHOW_NOT_SOLD_OUT, ALREADY_ON_WAITING_LIST, SHOW_NOT_ON_SALE,"
            + " SHOW_CANCELLED, SHOW_PAST, SALES_WINDOW_NOT_OPEN, SALES_WINDOW_CLOSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "TIER_NOT_FOUND, PER_ORDER_LIMIT_EXCEEDED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<WaitingEntryResponse> join(@PathVariable UUID id, @Body @Valid JoinBody body,
                                                   Authentication caller, HttpRequest<?> request) {
        WaitingEntryResponse entry = WaitingEntryResponse.of(id, Outcomes.accepted(join.join(
                new JoinWaitingListUseCase.Command(new ShowId(id), SalesCallers.reader(caller),
                        new TierId(body.tierId()), body.places(), Callers.emailVerified(request)))));
        return HttpResponse.created(entry, URI.create("/api/v1/shows/" + id + "/waiting-list/me"));
    }

    @Get("/me")
    @Operation(operationId = "myWaitingEntry", summary = "Where the caller stands on the show's waiting list",
            description = "Their latest entry: WAITING (with position, 1 = next), OFFERED (with the offer's hold, total"
                    + " and expiresAt), SERVED, LAPSED or LEFT.")
    @ApiResponse(responseCode = "200", description = "The entry")
    @ApiResponse(responseCode = "404", description = "NOT_ON_WAITING_LIST (never joined)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WaitingEntryResponse mine(@PathVariable UUID id, Authentication caller) {
        return WaitingEntryResponse.of(id, Outcomes.accepted(mine.mine(new ShowId(id), Callers.accountId(caller))));
    }

    @Delete("/me")
    @Operation(operationId = "leaveWaitingList", summary = "Leave the show's waiting list",
            description = "An offer the caller holds is released, and its places go to the next in line.")
    @ApiResponse(responseCode = "204", description = "Left")
    @ApiResponse(responseCode = "404", description = "NOT_ON_WAITING_LIST (not waiting nor offered anything)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> leave(@PathVariable UUID id, Authentication caller) {
        Outcomes.accepted(leave.leave(new ShowId(id), Callers.accountId(caller)));
        return HttpResponse.noContent();
    }
}
