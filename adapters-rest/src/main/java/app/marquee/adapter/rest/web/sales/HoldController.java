package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.sales.HoldRequests.HoldBody;
import app.marquee.application.sales.hold.HoldView;
import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase;
import app.marquee.application.sales.hold.port.in.ReleaseHoldUseCase;
import app.marquee.application.sales.hold.port.in.ViewHoldQuery;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.show.ShowId;
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
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** A buyer's holds: places kept for them while they pay, one ACTIVE hold per show. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: holds", description = "Places kept for a buyer while they pay, and what is left of a show")
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HoldController {
    private final PlaceHoldUseCase place;
    private final ViewHoldQuery view;
    private final ReleaseHoldUseCase release;
    private final Clock clock;

    public HoldController(PlaceHoldUseCase place, ViewHoldQuery view, ReleaseHoldUseCase release, Clock clock) {
        this.place = place;
        this.view = view;
        this.release = release;
        this.clock = clock;
    }

    @Post("/shows/{id}/holds")
    @Operation(operationId = "placeHold", summary = "Hold seats or standing places of a show",
            description = "items (seats at a tier, places in an area at a tier) or bestAvailable {tierId, quantity,"
                    + " together (default true), section?}, exactly one. The hold keeps its places until expiresAt"
                    + " (MARQUEE_HOLD_DURATION, 10 minutes by default) and replaces the caller's previous ACTIVE hold"
                    + " on the show, whose places count as the caller's meanwhile. promoCode: a code of the show's"
                    + " event, taken off the subtotal (discount, total); it counts as used while the hold lives.")
    @ApiResponse(responseCode = "201", description = "The hold, with Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoldResponse.class)))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (with the field:"
            + " both or neither of items and bestAvailable, an item that is not a seat or an area with a quantity of 1 to"
            + " 1,000, a best-available quantity outside 1-50)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "EMAIL_NOT_VERIFIED (MARQUEE_REQUIRE_VERIFIED_EMAIL, on by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "SHOW_NOT_FOUND (also a show the caller may not see)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "SEATS_UNAVAILABLE (subjects: the seats held or sold),"
            + " AREA_SOLD_OUT (subjects: the area), NOT_ENOUGH_ADJACENT_SEATS, NOT_ENOUGH_SEATS, SHOW_NOT_ON_SALE,"
            + " SHOW_CANCELLED, SHOW_PAST, SALES_WINDOW_NOT_OPEN, SALES_WINDOW_CLOSED, CONCURRENT_UPDATE,"
            + " PROMO_CODE_EXHAUSTED, PROMO_CODE_USER_LIMIT_REACHED, PLACES_KEPT_FOR_WAITING_LIST (places that came back"
            + " while others wait for them at their tier)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "HOLD_EMPTY, DUPLICATE_SEAT, PER_ORDER_LIMIT_EXCEEDED,"
            + " SEAT_NOT_FOUND, AREA_NOT_FOUND, TIER_NOT_FOUND, TIER_NOT_APPLICABLE (subjects: what is concerned),"
            + " PROMO_CODE_UNKNOWN, PROMO_CODE_OTHER_EVENT, PROMO_CODE_NOT_YET_VALID, PROMO_CODE_EXPIRED,"
            + " PROMO_CODE_CURRENCY_MISMATCH",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<HoldResponse> place(@PathVariable UUID id, @Body @Valid HoldBody body, Authentication caller,
                                            HttpRequest<?> request) {
        HoldView held = Outcomes.accepted(place.place(new PlaceHoldUseCase.Command(new ShowId(id),
                SalesCallers.reader(caller), body.requested(), body.best(), Optional.ofNullable(body.promoCode()),
                Callers.emailVerified(request))));
        return HttpResponse.created(HoldResponse.of(held, clock.instant()),
                URI.create("/api/v1/holds/" + held.hold().id()));
    }

    @Get("/holds/{id}")
    @Operation(operationId = "getHold", summary = "One of the caller's holds",
            description = "Whatever its state; EXPIRED once its time is up.")
    @ApiResponse(responseCode = "200", description = "The hold")
    @ApiResponse(responseCode = "404", description = "HOLD_NOT_FOUND (also another buyer's hold)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HoldResponse get(@PathVariable UUID id, Authentication caller) {
        return HoldResponse.of(Outcomes.accepted(view.view(new HoldId(id), Callers.accountId(caller))), clock.instant());
    }

    @Delete("/holds/{id}")
    @Operation(operationId = "releaseHold", summary = "Give a hold back", description = "Its places are free at once.")
    @ApiResponse(responseCode = "204", description = "Released")
    @ApiResponse(responseCode = "404", description = "HOLD_NOT_FOUND (also another buyer's hold)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "HOLD_NOT_ACTIVE (paid, released or lapsed), CONCURRENT_UPDATE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> release(@PathVariable UUID id, Authentication caller) {
        Outcomes.accepted(release.release(new HoldId(id), Callers.accountId(caller)));
        return HttpResponse.noContent();
    }
}
