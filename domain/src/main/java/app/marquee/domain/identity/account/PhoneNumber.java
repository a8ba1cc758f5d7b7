package app.marquee.domain.identity.account;

import java.util.regex.Pattern;

/** A phone number in E.164 form: a plus sign, a country code and at most 15 digits in all. */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("phone number must be in E.164 form");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && E164.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return e164;
    }
}
