package app.marquee.domain.catalog.shared;

/** A short label in English and French, each 1 to 80 characters, trimmed. */
public record LocalizedName(String en, String fr) {
    public static final int MAX_LENGTH = 80;

    public LocalizedName {
        en = checked(en, "English");
        fr = checked(fr, "French");
    }

    private static String checked(String value, String which) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH
                || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(which + " name must be 1 to " + MAX_LENGTH + " characters");
        }
        return value.strip();
    }
}
