package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.promo.PromoCodeInUse;
import app.marquee.application.sales.promo.port.out.PromoCodesPort;
import app.marquee.application.sales.promo.port.out.RedeemPromoCodePort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.promo.Discount;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.sales.promo.PromoCodeId;
import app.marquee.domain.sales.promo.PromoUsage;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Promo codes in PostgreSQL. A duplicate text is {@code ON CONFLICT DO NOTHING}, answered as
 * PROMO_CODE_DUPLICATE; redeeming locks the code's row {@code FOR UPDATE} and then counts its uses,
 * so the caps hold as long as the caller saves the hold in the same transaction.
 */
@Singleton
public class PromoCodePersistenceAdapter implements PromoCodesPort, RedeemPromoCodePort {
    private static final UUID NO_HOLD = new UUID(0, 0);
    private final PromoCodeRepository codes;

    PromoCodePersistenceAdapter(PromoCodeRepository codes) {
        this.codes = codes;
    }

    @Override
    @Transactional
    public Outcome<PromoCode> add(PromoCode code) {
        Integer percent = code.discount() instanceof Discount.PercentOff off ? off.percent() : null;
        Money amount = code.discount() instanceof Discount.AmountOff off ? off.amount() : null;
        int inserted = codes.insert(code.id().value(), code.event().value(), code.code(), percent,
                amount == null ? null : amount.minor(), amount == null ? null : amount.currency().getCurrencyCode(),
                code.validFrom(), code.validUntil(), boxed(code.usageCap()), boxed(code.perBuyerCap()), Instant.now());
        return inserted == 1 ? Outcome.accepted(code) : Outcome.rejected(SalesRejection.PROMO_CODE_DUPLICATE);
    }

    @Override
    @Transactional
    public List<PromoCodeInUse> ofEvent(EventId event) {
        return codes.ofEvent(event.value()).stream()
                .map(row -> new PromoCodeInUse(toDomain(row), row.uses())).toList();
    }

    @Override
    @Transactional
    public Optional<Redeemable> lockedForHold(EventId event, String typed, AccountId buyer, Optional<HoldId> replaced,
                                              Instant now) {
        return Contention.guarded(() -> PromoCode.typed(typed).flatMap(text -> codes.lock(event.value(), text))
                .map(id -> codes.withUses(id, buyer.value(), replaced.map(HoldId::value).orElse(NO_HOLD).toString()))
                .map(row -> new Redeemable(toDomain(row), new PromoUsage(row.uses(), row.usesByBuyer()))));
    }

    private static PromoCode toDomain(PromoCodeRow row) {
        Discount discount = row.percentOff() != null ? new Discount.PercentOff(row.percentOff())
                : new Discount.AmountOff(Money.of(row.amountOffMinor(), row.currency()));
        return new PromoCode(new PromoCodeId(row.id()), row.code(), new EventId(row.eventId()), discount,
                row.validFrom(), row.validUntil(), optional(row.usageCap()), optional(row.perBuyerCap()));
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
