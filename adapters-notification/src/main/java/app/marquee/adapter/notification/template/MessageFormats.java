package app.marquee.adapter.notification.template;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The templates' filters, in the recipient's language: {@code local(zone)} shows an ISO-8601 UTC
 * instant as a date and time in that time zone (the venue's, for sales messages), and
 * {@code money(currency)} shows minor units as an amount in that currency.
 */
final class MessageFormats extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("local", new LocalTime(), "money", new Amount());
    }

    private static final class LocalTime implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("zone");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int line) {
            Locale locale = context.getLocale();
            String pattern = "fr".equals(locale.getLanguage()) ? "EEEE d MMMM yyyy 'à' HH:mm" : "EEEE d MMMM yyyy, HH:mm";
            ZoneId zone = ZoneId.of(String.valueOf(args.get("zone")));
            String text = DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(Instant.parse(String.valueOf(input)));
            return text + " (" + zone.getId() + ")";
        }
    }

    private static final class Amount implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("currency");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int line) {
            Currency currency = Currency.getInstance(String.valueOf(args.get("currency")));
            NumberFormat format = NumberFormat.getCurrencyInstance(context.getLocale());
            format.setCurrency(currency);
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(BigDecimal.valueOf(((Number) input).longValue()).movePointLeft(digits));
        }
    }
}
