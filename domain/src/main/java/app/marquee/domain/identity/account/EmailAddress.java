package app.marquee.domain.identity.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address in its normalised form: trimmed and lower-cased, so that two spellings of
 * one mailbox ("Ann@Example.org " and "ann@example.org") are one account. No control character
 * (NUL included) belongs in an address, and none may reach storage.
 */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("e-mail is required");
        }
        value = normalise(value);
        if (!hasShape(value)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    public static boolean isValid(String raw) {
        return raw != null && hasShape(normalise(raw));
    }

    private static boolean hasShape(String normalised) {
        return normalised.length() <= MAX_LENGTH && !CONTROL.matcher(normalised).find()
                && SHAPE.matcher(normalised).matches();
    }

    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
