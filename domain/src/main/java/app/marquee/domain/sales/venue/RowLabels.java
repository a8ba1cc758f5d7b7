package app.marquee.domain.sales.venue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Row labels are letters counted like spreadsheet columns (A..Z, AA, AB..., up to three letters).
 * A row range is a comma list of single rows or ascending ranges ("A-H,J-N"); a backwards range,
 * a row named twice or anything else is not one.
 */
final class RowLabels {
    static final Pattern LABEL = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern PART = Pattern.compile("\\s*([A-Za-z]{1,3})\\s*(?:-\\s*([A-Za-z]{1,3})\\s*)?");

    private RowLabels() {
    }

    static Optional<List<String>> parse(String spec) {
        Set<String> rows = new LinkedHashSet<>();
        for (String part : spec.split(",", -1)) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int from = ordinal(matcher.group(1).toUpperCase(Locale.ROOT));
            int to = matcher.group(2) == null ? from : ordinal(matcher.group(2).toUpperCase(Locale.ROOT));
            if (to < from) {
                return Optional.empty();
            }
            for (int n = from; n <= to; n++) {
                if (!rows.add(label(n))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new ArrayList<>(rows));
    }

    /** How many rows the spec names, without listing them; empty when it is not a row range. */
    static Optional<Long> count(String spec) {
        long total = 0;
        for (String part : spec.split(",", -1)) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int from = ordinal(matcher.group(1).toUpperCase(Locale.ROOT));
            int to = matcher.group(2) == null ? from : ordinal(matcher.group(2).toUpperCase(Locale.ROOT));
            total += Math.max(0, to - from + 1);
        }
        return Optional.of(total);
    }

    static int ordinal(String label) {
        int n = 0;
        for (char c : label.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }

    static String label(int ordinal) {
        StringBuilder label = new StringBuilder();
        for (int n = ordinal; n > 0; n = (n - 1) / 26) {
            label.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return label.toString();
    }
}
