package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.sales.PromoCodeRequests.PromoCodeBody;
import app.marquee.application.sales.promo.port.in.CreatePromoCodeUseCase;
import app.marquee.application.sales.promo.port.in.ListPromoCodesQuery;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.promo.PromoCode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/** The promo codes of an event, handed out and watched by its organiser. */
@Controller("/api/v1/events/{id}/promo-codes")
@Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: promo codes", description = "Discount codes an organiser hands out for an event")
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also another organiser's event)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PromoCodeController {
    private final CreatePromoCodeUseCase create;
    private final ListPromoCodesQuery list;

    public PromoCodeController(CreatePromoCodeUseCase create, ListPromoCodesQuery list) {
        this.create = create;
        this.list = list;
    }

    @Post
    @Operation(operationId = "createPromoCode", summary = "Hand out a promo code for the event",
            description = "A percentage (1-100) or a fixed amount off a hold's total, valid from validFrom (default"
                    + " now) until validUntil, with an optional cap on uses in all and per buyer. The text is"
                    + " 3-32 letters, digits or dashes, kept upper case and unique per event.")
    @ApiResponse(responseCode = "201", description = "The code", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromoCodeResponse.class)))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (percentOff"
            + " when neither or both discounts are given; amountOff; an instant outside 1900-9999)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "PROMO_CODE_DUPLICATE, EVENT_CANCELLED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "PROMO_CODE_WINDOW_INVALID (validUntil not after validFrom)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PromoCodeResponse> create(@PathVariable UUID id, @Body @Valid PromoCodeBody body,
                                                  Authentication caller) {
        PromoCode code = Outcomes.accepted(create.create(new CreatePromoCodeUseCase.Command(new EventId(id),
                SalesCallers.editor(caller), body.code(), body.discount(),
                Fields.optionalMoment("validFrom", body.validFrom()), Fields.moment("validUntil", body.validUntil()),
                optional(body.usageCap()), optional(body.perBuyerCap()))));
        return HttpResponse.created(PromoCodeResponse.of(code, 0));
    }

    @Get
    @Operation(operationId = "listPromoCodes", summary = "The event's promo codes with their uses",
            description = "By text. `uses` counts holds carrying the code (until released or lapsed) and paid orders made with it.")
    @ApiResponse(responseCode = "200", description = "The codes", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            array = @ArraySchema(schema = @Schema(implementation = PromoCodeResponse.class))))
    public List<PromoCodeResponse> list(@PathVariable UUID id, Authentication caller) {
        return Outcomes.accepted(list.list(new EventId(id), SalesCallers.editor(caller))).stream()
                .map(PromoCodeResponse::of).toList();
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
