package app.marquee.domain.notification;

import app.marquee.domain.identity.account.PhoneNumber;
import app.marquee.domain.shared.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an account wants its order confirmations: by e-mail, by SMS, or both; e-mail alone until it
 * chooses. At least one channel is chosen, and SMS only with a phone number on the account. Should
 * the number be removed later, confirmations fall back to e-mail rather than go nowhere.
 */
public record NotificationPreferences(boolean email, boolean sms) {

    public NotificationPreferences {
        if (!email && !sms) {
            throw new IllegalArgumentException("at least one channel");
        }
    }

    public static final NotificationPreferences DEFAULT = new NotificationPreferences(true, false);

    /** The choice, if the account can have it: NO_CHANNEL_CHOSEN, or SMS_NEEDS_PHONE without a number. */
    public static Outcome<NotificationPreferences> choose(boolean email, boolean sms, Optional<PhoneNumber> phone) {
        if (!email && !sms) {
            return Outcome.rejected(NotificationRejection.NO_CHANNEL_CHOSEN);
        }
        if (sms && phone.isEmpty()) {
            return Outcome.rejected(NotificationRejection.SMS_NEEDS_PHONE);
        }
        return Outcome.accepted(new NotificationPreferences(email, sms));
    }

    /** The channels an order confirmation goes by, given the account's phone number now. */
    public List<Channel> channelsFor(Optional<PhoneNumber> phone) {
        List<Channel> channels = new ArrayList<>();
        boolean bySms = sms && phone.isPresent();
        if (email || !bySms) {
            channels.add(Channel.EMAIL);
        }
        if (bySms) {
            channels.add(Channel.SMS);
        }
        return List.copyOf(channels);
    }
}
