package app.marquee.application.notification.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.notification.NotificationPreferences;

import java.time.Instant;
import java.util.Optional;

/** Each account's choice of channels for its order confirmations; empty until it chooses. */
public interface NotificationPreferencesPort {
    Optional<NotificationPreferences> of(AccountId account);

    void save(AccountId account, NotificationPreferences preferences, Instant now);
}
