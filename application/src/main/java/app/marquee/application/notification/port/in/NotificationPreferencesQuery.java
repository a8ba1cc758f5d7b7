package app.marquee.application.notification.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.notification.NotificationPreferences;

/** The channels an account's order confirmations go by (e-mail alone until it chooses). */
public interface NotificationPreferencesQuery {
    NotificationPreferences of(AccountId account);
}
