package app.marquee.domain.catalog.title;

import java.util.Locale;
import java.util.Set;

/** An ISO 639-1 language code, lower-case ("en", "fr", "ja"). */
public record LanguageCode(String value) {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public LanguageCode {
        if (value == null) {
            throw new IllegalArgumentException("language code is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an ISO 639-1 language code: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && ISO_639_1.contains(candidate.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
