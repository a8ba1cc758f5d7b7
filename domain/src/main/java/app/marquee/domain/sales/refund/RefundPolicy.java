package app.marquee.domain.sales.refund;

import app.marquee.domain.sales.order.Order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How much of an order comes back when its buyer cancels, by the notice given before the show
 * starts. Tiers are in descending order of notice (strictly) and never refund more for less
 * notice; the first tier whose notice is met applies, exactly at its edge included, and after the
 * last one nothing comes back. The default: 100 % up to 48 h before the show, 50 % up to 2 h,
 * nothing later. Once the show has started nothing comes back; an organiser's cancellation
 * refunds everything.
 */
public record RefundPolicy(List<RefundTier> tiers) {
    public static final RefundPolicy DEFAULT = new RefundPolicy(List.of(
            new RefundTier(Duration.ofHours(48), 100), new RefundTier(Duration.ofHours(2), 50)));

    public RefundPolicy {
        tiers = List.copyOf(tiers);
        for (int i = 1; i < tiers.size(); i++) {
            RefundTier before = tiers.get(i - 1);
            RefundTier after = tiers.get(i);
            if (after.notice().compareTo(before.notice()) >= 0) {
                throw new IllegalArgumentException("refund tiers go from the longest notice to the shortest");
            }
            if (after.percent() > before.percent()) {
                throw new IllegalArgumentException("less notice never refunds more");
            }
        }
    }

    /**
     * The tiers as configured, e.g. {@code "48h:100,2h:50"}: notice (a number of days {@code d},
     * hours {@code h} or minutes {@code m}) and percentage, longest notice first; blank means no tier
     * (nothing ever comes back to a buyer who cancels). Anything else is an IllegalArgumentException
     * naming the culprit.
     */
    public static RefundPolicy parse(String spec) {
        List<RefundTier> tiers = new ArrayList<>();
        if (spec != null && !spec.isBlank()) {
            for (String tier : spec.split(",")) {
                tiers.add(tier(tier.strip()));
            }
        }
        return new RefundPolicy(tiers);
    }

    private static RefundTier tier(String text) {
        int colon = text.indexOf(':');
        try {
            String given = colon < 0 ? "" : text.substring(0, colon).strip();
            if (given.length() < 2) {
                throw new NumberFormatException();
            }
            long amount = Long.parseLong(given.substring(0, given.length() - 1));
            Duration notice = switch (Character.toLowerCase(given.charAt(given.length() - 1))) {
                case 'd' -> Duration.ofDays(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> throw new NumberFormatException();
            };
            return new RefundTier(notice, Integer.parseInt(text.substring(colon + 1).strip()));
        } catch (NumberFormatException | ArithmeticException malformed) {
            throw new IllegalArgumentException("a refund tier is <notice><d|h|m>:<percent>, like 48h:100, not '"
                    + text + "'");
        }
    }

    /** What the buyer of {@code order} gets back by cancelling at {@code now}. */
    public RefundQuote quote(Order order, Instant showStart, Instant now) {
        Objects.requireNonNull(order, "order");
        if (!now.isBefore(showStart)) {
            return new RefundQuote(0, order.total().percent(0), RefundReason.SHOW_STARTED);
        }
        Duration notice = Duration.between(now, showStart);
        return tiers.stream().filter(t -> notice.compareTo(t.notice()) >= 0).findFirst()
                .map(t -> new RefundQuote(t.percent(), order.total().percent(t.percent()), RefundReason.NOTICE_TIER))
                .orElseGet(() -> new RefundQuote(0, order.total().percent(0), RefundReason.TOO_LATE));
    }

    /** The organiser called the show off: every order comes back in full, whenever. */
    public static RefundQuote showCancelled(Order order) {
        return new RefundQuote(100, order.total(), RefundReason.SHOW_CANCELLED);
    }
}
