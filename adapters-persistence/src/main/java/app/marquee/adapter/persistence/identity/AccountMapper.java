package app.marquee.adapter.persistence.identity;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.PasswordHash;
import app.marquee.domain.identity.account.PhoneNumber;
import app.marquee.domain.identity.account.Role;

/** Between an {@link Account} and its row. */
final class AccountMapper {
    private AccountMapper() {
    }

    static AccountRow toRow(Account account) {
        return new AccountRow(
                account.id().value(),
                account.email().value(),
                account.passwordHash().encoded(),
                account.displayName().value(),
                account.language().name(),
                account.phone().map(PhoneNumber::e164).orElse(null),
                account.role().name(),
                account.status().name(),
                account.createdAt(),
                account.updatedAt(),
                account.closedAt().orElse(null),
                account.emailVerifiedAt().orElse(null),
                account.version());
    }

    static Account toDomain(AccountRow row) {
        return Account.rehydrate(
                new AccountId(row.id()),
                new EmailAddress(row.email()),
                new PasswordHash(row.passwordHash()),
                new DisplayName(row.displayName()),
                Language.valueOf(row.language()),
                row.phone() == null ? null : new PhoneNumber(row.phone()),
                Role.valueOf(row.role()),
                AccountStatus.valueOf(row.status()),
                row.createdAt(),
                row.updatedAt(),
                row.closedAt(),
                row.emailVerifiedAt(),
                row.version());
    }

    /** The account as it is now stored: the same state, one version on. */
    static Account nextVersion(AccountRow written) {
        return toDomain(new AccountRow(written.id(), written.email(), written.passwordHash(), written.displayName(),
                written.language(), written.phone(), written.role(), written.status(), written.createdAt(),
                written.updatedAt(), written.closedAt(), written.emailVerifiedAt(), written.version() + 1));
    }
}
