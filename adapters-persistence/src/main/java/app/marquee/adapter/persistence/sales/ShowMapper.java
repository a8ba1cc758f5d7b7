package app.marquee.adapter.persistence.sales;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.ShowKind;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Between shows and their rows; a tier's name key is lower-cased here, as the domain compares names. */
final class ShowMapper {
    private ShowMapper() {
    }

    static ShowRow toRow(Show show) {
        SaleTerms terms = show.terms();
        return new ShowRow(show.id().value(), show.kind().name(), show.venue().value(),
                show.event().map(EventId::value).orElse(null), show.title().map(TitleId::value).orElse(null),
                show.startsAt(), show.endsAt(), show.zone().getId(), terms.currency().getCurrencyCode(),
                terms.window().opens(), terms.window().closes(), terms.perOrderLimit().max(), show.lifecycle().name(),
                show.version());
    }

    static Show toDomain(ShowRow row, List<PriceTierRow> tiers) {
        Currency currency = Currency.getInstance(row.currency());
        SaleTerms terms = new SaleTerms(tiers.stream().map(tier -> tier(tier, currency)).toList(),
                new SalesWindow(row.salesOpenAt(), row.salesCloseAt()), new PerOrderLimit(row.perOrderMax()), currency);
        return Show.rehydrate(new ShowId(row.id()), ShowKind.valueOf(row.kind()), new VenueId(row.venueId()),
                Optional.ofNullable(row.eventId()).map(EventId::new), Optional.ofNullable(row.titleId()).map(TitleId::new),
                row.startsAt(), row.endsAt(), ZoneId.of(row.timeZone()), terms, Show.Lifecycle.valueOf(row.lifecycle()),
                row.version());
    }

    static Show withLifecycle(Show show, long version) {
        return Show.rehydrate(show.id(), show.kind(), show.venue(), show.event(), show.title(), show.startsAt(),
                show.endsAt(), show.zone(), show.terms(), show.lifecycle(), version);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The seat kinds (or areas) of a tier joined by commas, for one text cell each. */
    static String joined(java.util.Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    private static PriceTier tier(PriceTierRow row, Currency currency) {
        return new PriceTier(new TierId(row.id()), row.name(),
                Arrays.stream(row.seatKinds()).map(SeatKind::valueOf).collect(Collectors.toSet()),
                Arrays.stream(row.areaIds()).map(id -> new AreaId(UUID.fromString(id))).collect(Collectors.toSet()),
                new Money(row.priceMinor(), currency), Optional.ofNullable(row.conditions()));
    }
}
