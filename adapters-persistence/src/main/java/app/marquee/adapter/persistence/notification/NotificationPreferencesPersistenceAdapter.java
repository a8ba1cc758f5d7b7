package app.marquee.adapter.persistence.notification;

import app.marquee.application.notification.port.out.NotificationPreferencesPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.notification.NotificationPreferences;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/** Channel choices in {@code notification_preferences}, one row per account that chose (an upsert). */
@Singleton
public class NotificationPreferencesPersistenceAdapter implements NotificationPreferencesPort {
    private final NotificationPreferencesRepository preferences;

    NotificationPreferencesPersistenceAdapter(NotificationPreferencesRepository preferences) {
        this.preferences = preferences;
    }

    @Override
    @Transactional
    public Optional<NotificationPreferences> of(AccountId account) {
        return preferences.of(account.value()).map(row -> new NotificationPreferences(row.email(), row.sms()));
    }

    @Override
    @Transactional
    public void save(AccountId account, NotificationPreferences chosen, Instant now) {
        preferences.save(account.value(), chosen.email(), chosen.sms(), now);
    }
}
