package app.marquee.domain.notification;

import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.PhoneNumber;

/** How a message reaches its recipient, and what a valid address on that channel looks like. */
public enum Channel {
    EMAIL, SMS;

    /** An e-mail address for {@link #EMAIL}, an E.164 phone number for {@link #SMS}. */
    public boolean accepts(String address) {
        return this == EMAIL ? EmailAddress.isValid(address) : PhoneNumber.isValid(address);
    }
}
