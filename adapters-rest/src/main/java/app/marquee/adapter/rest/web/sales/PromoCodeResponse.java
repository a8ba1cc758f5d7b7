package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.application.sales.promo.PromoCodeInUse;
import app.marquee.domain.sales.promo.Discount;
import app.marquee.domain.sales.promo.PromoCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A promo code as its organiser sees it, with its uses when listed (holds until released or lapsed, and paid orders). */
@Serdeable
@Schema(name = "PromoCode")
record PromoCodeResponse(UUID id, UUID eventId, String code, @Nullable Integer percentOff,
                         @Nullable MoneyBody amountOff, Instant validFrom, Instant validUntil,
                         @Nullable Integer usageCap, @Nullable Integer perBuyerCap, long uses) {

    static PromoCodeResponse of(PromoCode code, long uses) {
        return new PromoCodeResponse(code.id().value(), code.event().value(), code.code(),
                code.discount() instanceof Discount.PercentOff off ? off.percent() : null,
                code.discount() instanceof Discount.AmountOff off ? MoneyBody.of(off.amount()) : null,
                code.validFrom(), code.validUntil(), code.usageCap().isPresent() ? code.usageCap().getAsInt() : null,
                code.perBuyerCap().isPresent() ? code.perBuyerCap().getAsInt() : null, uses);
    }

    static PromoCodeResponse of(PromoCodeInUse inUse) {
        return of(inUse.code(), inUse.uses());
    }
}
