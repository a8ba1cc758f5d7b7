package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.domain.identity.account.PhoneNumber;
import app.marquee.domain.notification.NotificationRejection;
import app.marquee.domain.shared.Rejection;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Phone numbers as people type them, checked and normalised to E.164 with libphonenumber. A number
 * written with its country code ("+33 6 12 34 56 78") is read as such; one without ("06 12 34 56 78")
 * is read in the region {@code MARQUEE_PHONE_DEFAULT_REGION} names (ISO 3166 code, FR by default).
 * A number that is not a valid number there is 422 PHONE_NUMBER_INVALID on the field.
 */
@Singleton
public class PhoneNumbers {
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private final String region;

    public PhoneNumbers(@Value("${marquee.phone.default-region:FR}") String region) {
        String code = region.strip().toUpperCase(Locale.ROOT);
        if (!NUMBERS.getSupportedRegions().contains(code)) {
            throw new ConfigurationException("MARQUEE_PHONE_DEFAULT_REGION is not a region libphonenumber knows: "
                    + region);
        }
        this.region = code;
    }

    public PhoneNumber e164(String field, String typed) {
        try {
            Phonenumber.PhoneNumber number = NUMBERS.parse(typed, region);
            if (NUMBERS.isValidNumber(number)) {
                return new PhoneNumber(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        } catch (NumberParseException | IllegalArgumentException unreadable) {
            // refused below
        }
        throw new RejectedException(Rejection.onField(NotificationRejection.PHONE_NUMBER_INVALID, field));
    }
}
