package app.marquee.adapter.persistence.sales;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.hold.AppliedPromo;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.HoldKind;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.promo.PromoCodeId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Between holds and their rows; a hold's items are priced in the hold's one currency. */
final class HoldMapper {
    private HoldMapper() {
    }

    static Hold toDomain(HoldRow row, List<HoldItemRow> items) {
        Currency currency = Currency.getInstance(row.currency());
        Optional<AppliedPromo> promo = Optional.ofNullable(row.promoCodeId()).map(code -> new AppliedPromo(
                new PromoCodeId(code), row.promoCode(), new Money(row.discountMinor(), currency)));
        return Hold.rehydrate(new HoldId(row.id()), new ShowId(row.showId()), new AccountId(row.buyerId()),
                HoldKind.valueOf(row.kind()), items.stream().map(item -> item(item, currency)).toList(), promo,
                row.createdAt(), row.expiresAt(), HoldState.valueOf(row.state()));
    }

    static HoldRow toRow(Hold hold, Instant endedAt) {
        Optional<AppliedPromo> promo = hold.promo();
        return new HoldRow(hold.id().value(), hold.show().value(), hold.buyer().value(), hold.kind().name(),
                hold.state().name(), hold.subtotal().currency().getCurrencyCode(),
                promo.map(p -> p.code().value()).orElse(null), promo.map(AppliedPromo::text).orElse(null),
                promo.map(p -> p.discount().minor()).orElse(0L), hold.createdAt(), hold.expiresAt(),
                hold.state() == HoldState.ACTIVE ? null : endedAt);
    }

    /** One column of the hold's items, in their order; absent values stay null. */
    static String[] column(Hold hold, Function<HoldItem, Object> value) {
        return hold.items().stream().map(value).map(v -> v == null ? null : String.valueOf(v)).toArray(String[]::new);
    }

    private static HoldItem item(HoldItemRow row, Currency currency) {
        return new HoldItem(Optional.ofNullable(row.seatId()).map(SeatId::new),
                Optional.ofNullable(row.areaId()).map(AreaId::new), new TierId(row.tierId()), row.quantity(),
                new Money(row.unitPriceMinor(), currency));
    }
}
