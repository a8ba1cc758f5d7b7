package app.marquee.domain.sales.venue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a venue is: one to three street lines, a city, a postal code (empty where the country has
 * none) and an ISO 3166-1 alpha-2 country, kept upper-case. Text is trimmed and holds no control
 * character.
 */
public record Address(List<String> lines, String city, String postalCode, String country) {
    private static final Set<String> ISO_3166 = Set.of(Locale.getISOCountries());
    public static final int MAX_LINES = 3;

    public Address {
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an address has one to three lines");
        }
        lines = lines.stream().map(line -> text(line, 1, 200, "address line")).toList();
        city = text(city, 1, 100, "city");
        postalCode = text(postalCode, 0, 20, "postal code");
        if (country == null || !ISO_3166.contains(country.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + country);
        }
        country = country.strip().toUpperCase(Locale.ROOT);
    }

    static String text(String value, int min, int max, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() < min || trimmed.length() > max
                || trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " is " + min + " to " + max + " characters, no control character");
        }
        return trimmed;
    }
}
