package app.marquee.domain.identity.account;

/** The name shown to others: trimmed, 1 to 60 characters, no control characters. */
public record DisplayName(String value) {
    public static final int MAX_LENGTH = 60;

    public DisplayName {
        if (value == null) {
            throw new IllegalArgumentException("display name is required");
        }
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("display name must be 1 to 60 characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("display name cannot hold control characters");
        }
    }

    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String trimmed = raw.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        return length >= 1 && length <= MAX_LENGTH && trimmed.codePoints().noneMatch(Character::isISOControl);
    }

    @Override
    public String toString() {
        return value;
    }
}
