package app.marquee.application.identity.service;

import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in owner re-types their password before a sensitive change (a new password, deleting
 * the account). The check is throttled like a sign-in ({@link PasswordAttempts}) and runs
 * outside any transaction; a wrong password is {@code WRONG_PASSWORD} on the given field.
 */
@Singleton
public class PasswordConfirmation {
    private final LoadAccountPort accounts;
    private final HashPasswordPort hasher;
    private final PasswordAttempts attempts;

    public PasswordConfirmation(LoadAccountPort accounts, HashPasswordPort hasher, PasswordAttempts attempts) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.attempts = attempts;
    }

    Outcome<Account> confirm(AccountId accountId, String password, String field, Instant now) {
        Optional<Account> found = accounts.byId(accountId);
        if (found.isEmpty()) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
        }
        Account account = found.get();
        Optional<Rejection> throttled = attempts.reserve(account.email(), now);
        if (throttled.isPresent()) {
            return Outcome.rejected(throttled.get());
        }
        if (!hasher.verify(password, account.passwordHash()).matches()) {
            return Outcome.rejected(Rejection.onField(IdentityRejection.WRONG_PASSWORD, field));
        }
        attempts.forgive(account.email());
        return Outcome.accepted(account);
    }
}
