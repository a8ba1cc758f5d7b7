package app.marquee.application.notification.sales;

import app.marquee.application.notification.ShowFacts;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.payment.Money;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template values every sales message shares (README, "Notifications"): the buyer's name, the
 * show's title, venue, start (ISO-8601 UTC) and the venue's time zone, which templates show the
 * start in. Amounts are minor units with their currency.
 */
final class SalesMessageValues {
    private SalesMessageValues() {
    }

    static Map<String, Object> of(Account account, ShowFacts show) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("displayName", account.displayName().value());
        values.put("showTitle", show.title());
        values.put("venueName", show.venue());
        values.put("startsAt", show.startsAt().toString());
        values.put("timeZone", show.zone().getId());
        return values;
    }

    static void amount(Map<String, Object> values, String key, Money money) {
        values.put(key, money.minor());
        values.put("currency", money.currency().getCurrencyCode());
    }
}
