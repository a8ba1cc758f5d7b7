package app.marquee.adapter.rest.web.sales;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The body of {@code POST /api/v1/orders}: the hold to pay for and the card to pay with. */
final class OrderRequests {
    private OrderRequests() {
    }

    @Serdeable
    @Schema(name = "PlaceOrder")
    record PlaceOrderBody(@NotNull UUID holdId, @NotNull @Valid PaymentBody payment) {
    }

    @Serdeable
    @Schema(name = "OrderPayment")
    record PaymentBody(@NotNull @Valid CardBody card) {
    }

    /** Never printed: its {@code toString()} hides the number and the security code. */
    @Serdeable
    @Schema(name = "Card", description = "Used for this payment only: never stored nor logged (only brand and last four)")
    record CardBody(@NotBlank @Size(max = 40) @Schema(example = "4242424242424242") String number,
                    @NotNull @Schema(example = "12") Integer expMonth,
                    @NotNull @Schema(example = "2030") Integer expYear,
                    @NotBlank @Size(max = 8) @Schema(example = "123") String cvc) {
        @Override
        public String toString() {
            return "CardBody[(hidden)]";
        }
    }
}
