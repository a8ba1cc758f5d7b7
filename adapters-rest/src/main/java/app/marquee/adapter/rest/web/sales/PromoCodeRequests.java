package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.domain.sales.promo.Discount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;

/** What an organiser sends to hand out a promo code. */
final class PromoCodeRequests {
    private PromoCodeRequests() {
    }

    @Serdeable
    @Schema(name = "PromoCodeRequest", description = "Exactly one of percentOff and amountOff")
    record PromoCodeBody(@NotNull @Pattern(regexp = "\\s*[A-Za-z0-9-]{3,32}\\s*") @Schema(example = "EARLY-BIRD") String code,
                         @Nullable @Min(1) @Max(100) @Schema(example = "20") Integer percentOff,
                         @Nullable @Valid MoneyBody amountOff,
                         @Nullable Instant validFrom,
                         @NotNull Instant validUntil,
                         @Nullable @Min(1) @Max(1_000_000) Integer usageCap,
                         @Nullable @Min(1) @Max(1000) Integer perBuyerCap) {

        /** The discount asked for; INVALID_VALUE on percentOff when neither or both are given. */
        Discount discount() {
            if ((percentOff == null) == (amountOff == null)) {
                throw Fields.invalid("percentOff");
            }
            return percentOff != null ? new Discount.PercentOff(percentOff)
                    : Fields.parse("amountOff", () -> new Discount.AmountOff(amountOff.money()));
        }
    }
}
