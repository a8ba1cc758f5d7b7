package app.marquee.adapter.rest.web.payment;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.sales.settlement.Settled;
import app.marquee.application.sales.settlement.port.in.HandlePaymentWebhookUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Stripe's calls about payments. Anonymous (Stripe has no account here): the signature over the
 * raw body, exactly as received, is the only credential, and nothing is acted upon without it.
 */
@Controller("/api/v1/payments/stripe/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Payments", description = "The payment provider's calls back")
public class StripeWebhookController {
    private final HandlePaymentWebhookUseCase webhook;

    public StripeWebhookController(HandlePaymentWebhookUseCase webhook) {
        this.webhook = webhook;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Operation(operationId = "stripeWebhook", summary = "Stripe tells of a payment",
            description = "Verified with the Stripe-Signature header (HMAC-SHA256 of the raw body under"
                    + " STRIPE_WEBHOOK_SECRET, signed within 5 minutes). payment_intent.succeeded for a payment still"
                    + " PENDING settles it: its hold becomes the order if it still can, otherwise (it lapsed and its"
                    + " places were resold, or the show was cancelled) the payment is refunded in full and nothing is"
                    + " ticketed. payment_intent.payment_failed is recorded. Any other event, or one about a payment"
                    + " no longer PENDING (a replay), is answered 200 and ignored.")
    @Parameter(name = "Stripe-Signature", in = ParameterIn.HEADER, required = true,
            description = "t=<unix seconds>,v1=<hex HMAC-SHA256>")
    @ApiResponse(responseCode = "200", description = "Received (acted upon or ignored)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookReceipt.class)))
    @ApiResponse(responseCode = "400", description = "WEBHOOK_SIGNATURE_INVALID: nothing was done",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookReceipt receive(@Body byte[] payload, @Header("Stripe-Signature") @Nullable String signature) {
        return new WebhookReceipt(true, Outcomes.accepted(webhook.handle(
                new HandlePaymentWebhookUseCase.Call(payload, signature))).orElse(null));
    }

    @Serdeable
    @Schema(name = "WebhookReceipt")
    public record WebhookReceipt(boolean received,
                                 @Nullable @Schema(nullable = true, description = "What settling the payment came to;"
                                         + " null when the event was ignored") Settled outcome) {
    }
}
