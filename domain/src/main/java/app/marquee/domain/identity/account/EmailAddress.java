package app.marquee.domain.identity.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address in its normalised form: trimmed and lower-cased, so that two spellings of
 * one mailbox ("Ann@Example.org " and "ann@example.org") are one account.
 */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("e-mail is required");
        }
        value = normalise(value);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String normalised = normalise(raw);
        return normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
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
