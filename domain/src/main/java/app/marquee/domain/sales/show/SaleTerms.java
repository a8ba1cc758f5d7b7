package app.marquee.domain.sales.show;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a show is sold: its price tiers (at least one, distinct ids and names, all priced in the
 * show's one currency), its sales window and its per-order maximum.
 */
public record SaleTerms(List<PriceTier> tiers, SalesWindow window, PerOrderLimit perOrderLimit,
                        Currency currency) {
    public SaleTerms {
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(window, "sales window");
        Objects.requireNonNull(perOrderLimit, "per-order limit");
        Objects.requireNonNull(currency, "currency");
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a show is sold at one price tier at least");
        }
        if (new HashSet<>(tiers.stream().map(PriceTier::id).toList()).size() != tiers.size()
                || new HashSet<>(tiers.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList()).size()
                != tiers.size()) {
            throw new IllegalArgumentException("a show's price tiers have distinct ids and names");
        }
        if (tiers.stream().anyMatch(t -> !t.price().currency().equals(currency))) {
            throw new IllegalArgumentException("every price tier is in the show's currency " + currency);
        }
    }

    /** Terms with the default per-order maximum, the currency read from the first tier. */
    public static SaleTerms of(List<PriceTier> tiers, SalesWindow window) {
        return new SaleTerms(tiers, window, PerOrderLimit.byDefault(), tiers.get(0).price().currency());
    }

    public Optional<PriceTier> tier(TierId id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
