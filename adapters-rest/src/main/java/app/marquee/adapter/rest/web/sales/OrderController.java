package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.ProblemResponses;
import app.marquee.adapter.rest.security.Callers;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.sales.OrderRequests.CardBody;
import app.marquee.adapter.rest.web.sales.OrderRequests.PlaceOrderBody;
import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.port.in.PlaceOrderUseCase;
import app.marquee.application.sales.order.port.in.ViewOrderQuery;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/** Paying for a hold, once per Idempotency-Key, and reading an order back. */
@Controller("/api/v1/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: orders", description = "Paying for a hold: orders, payment, signed tickets")
@ApiResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrderController {
    private final PlaceOrderUseCase place;
    private final ViewOrderQuery view;
    private final ProblemResponses problems;
    private final Clock clock;

    public OrderController(PlaceOrderUseCase place, ViewOrderQuery view, ProblemResponses problems, Clock clock) {
        this.place = place;
        this.view = view;
        this.problems = problems;
        this.clock = clock;
    }

    @Post
    @Operation(operationId = "placeOrder", summary = "Pay for my hold",
            description = "Charges the hold's total to the card and answers the PAID order with its tickets. At most"
                    + " once per Idempotency-Key (per caller, kept 24 hours or more): the same request again answers the"
                    + " same order or the same refusal and never charges twice; a key still running is 409, a key used"
                    + " for another hold or card 422. A declined card leaves the hold as it is, to retry with another"
                    + " card and key. A hold that expired while the card was charged is refunded in full (409"
                    + " HOLD_EXPIRED). The card is never stored nor logged: only its brand and last four digits.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "1-255 printable ASCII characters, e.g. a UUID; one per purchase attempt")
    @ApiResponse(responseCode = "201", description = "The order, with Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderResponse.class)))
    @ApiResponse(responseCode = "400", description = "IDEMPOTENCY_KEY_INVALID (missing or malformed header),"
            + " VALIDATION_FAILED, MALFORMED_JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "402", description = "PAYMENT_DECLINED (with reason), PAYMENT_FAILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = PaymentDeclinedProblem.class)))
    @ApiResponse(responseCode = "403", description = "EMAIL_NOT_VERIFIED (MARQUEE_REQUIRE_VERIFIED_EMAIL, on by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "HOLD_NOT_FOUND (also another buyer's hold)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "HOLD_EXPIRED, HOLD_NOT_ACTIVE, SHOW_CANCELLED, SHOW_PAST,"
            + " PAYMENT_IN_PROGRESS, IDEMPOTENCY_KEY_IN_USE", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED, CARD_NUMBER_INVALID, CARD_EXPIRY_INVALID,"
            + " CARD_EXPIRED, CARD_CVC_INVALID (with the field)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "PAYMENT_PROVIDER_UNAVAILABLE, with Retry-After: send the same"
            + " request with the same key again", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> place(HttpRequest<?> request, @Header("Idempotency-Key") @Nullable String idempotencyKey,
                                 @Body @Valid PlaceOrderBody body, Authentication caller) {
        IdempotencyKey key = Outcomes.accepted(IdempotencyKey.parse(idempotencyKey));
        Card card = Outcomes.accepted(card(body.payment().card()));
        Outcome<OrderView> placed = place.place(new PlaceOrderUseCase.Command(Callers.accountId(caller), key,
                new HoldId(body.holdId()), card, Callers.emailVerified(request)));
        if (placed instanceof Outcome.Rejected<OrderView> refused
                && refused.rejection().is(PaymentRejection.PAYMENT_DECLINED)) {
            return declined(request, refused.rejection());
        }
        OrderView order = Outcomes.accepted(placed);
        return HttpResponse.created(OrderResponse.of(order), URI.create("/api/v1/orders/" + order.order().id()));
    }

    @Get("/{id}")
    @Operation(operationId = "getOrder", summary = "One order with its tickets",
            description = "For its buyer or an ADMIN; anyone else is answered as if it did not exist.")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also another buyer's order)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderResponse get(@PathVariable UUID id, Authentication caller) {
        return OrderResponse.of(Outcomes.accepted(view.view(new OrderId(id), new ViewOrderQuery.Reader(
                Callers.accountId(caller), caller.getRoles().contains(Role.ADMIN.name())))));
    }

    /** The card as typed, checked now; a refusal names the field as the request does ({@code payment.card.cvc}). */
    private Outcome<Card> card(CardBody body) {
        Outcome<Card> card = Card.given(body.number(), body.expMonth(), body.expYear(), body.cvc(), clock.instant());
        if (card instanceof Outcome.Rejected<Card> refused) {
            String field = refused.rejection().field().map(f -> f.equals("expiry") ? "expMonth" : f).orElse("number");
            return Outcome.rejected(Rejection.onField(PaymentRejection.valueOf(refused.rejection().code()),
                    "payment.card." + field));
        }
        return card;
    }

    private HttpResponse<PaymentDeclinedProblem> declined(HttpRequest<?> request, Rejection rejection) {
        MutableHttpResponse<Problem> problem = problems.of(request, rejection);
        return HttpResponse.<PaymentDeclinedProblem>status(problem.status()).contentType(ProblemResponses.PROBLEM_JSON)
                .body(PaymentDeclinedProblem.of(problem.body(), rejection.subjects().get(0)));
    }
}
