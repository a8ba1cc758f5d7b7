package app.marquee.application.notification.service;

import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.notification.port.in.ChooseNotificationChannelsUseCase;
import app.marquee.application.notification.port.in.NotificationPreferencesQuery;
import app.marquee.application.notification.port.out.NotificationPreferencesPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.notification.NotificationPreferences;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Reads and changes an account's channels for order confirmations; the domain checks the phone rule. */
@Singleton
public class NotificationPreferencesService implements NotificationPreferencesQuery, ChooseNotificationChannelsUseCase {
    private final NotificationPreferencesPort preferences;
    private final LoadAccountPort accounts;
    private final Clock clock;

    public NotificationPreferencesService(NotificationPreferencesPort preferences, LoadAccountPort accounts,
                                          Clock clock) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public NotificationPreferences of(AccountId account) {
        return preferences.of(account).orElse(NotificationPreferences.DEFAULT);
    }

    @Override
    @Transactional
    public Outcome<NotificationPreferences> choose(AccountId account, boolean email, boolean sms) {
        Optional<Account> found = accounts.byId(account);
        if (found.isEmpty()) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
        }
        Outcome<NotificationPreferences> chosen = NotificationPreferences.choose(email, sms, found.get().phone());
        if (chosen instanceof Outcome.Accepted<NotificationPreferences> accepted) {
            preferences.save(account, accepted.value(), clock.instant());
        }
        return chosen;
    }
}
