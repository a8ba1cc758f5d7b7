package app.marquee.application.notification.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.notification.NotificationPreferences;
import app.marquee.domain.shared.Outcome;

/**
 * An account chooses e-mail and/or SMS for its order confirmations: NO_CHANNEL_CHOSEN for neither,
 * SMS_NEEDS_PHONE for SMS without a phone number on the account.
 */
public interface ChooseNotificationChannelsUseCase {
    Outcome<NotificationPreferences> choose(AccountId account, boolean email, boolean sms);
}
