package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.AccountFilter;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts in PostgreSQL. The database has the last word on the two rules the domain checks
 * before saving, and a lost race comes back as the rejection the domain would have given:
 * {@code EMAIL_TAKEN} when a concurrent registration took the e-mail first, and
 * {@code CONCURRENT_UPDATE} when the account changed since it was read. Neither relies on a
 * failed statement, which would abort the caller's transaction.
 */
@Singleton
public class AccountPersistenceAdapter implements LoadAccountPort, SaveAccountPort, SearchAccountsPort {
    private final AccountRepository accounts;

    AccountPersistenceAdapter(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Account> byId(AccountId id) {
        return accounts.findById(id.value()).map(AccountMapper::toDomain);
    }

    @Override
    public Optional<Account> byEmail(EmailAddress email) {
        return accounts.findByEmail(email.value()).map(AccountMapper::toDomain);
    }

    @Override
    public Outcome<Account> add(Account account) {
        AccountRow row = AccountMapper.toRow(account);
        int inserted = accounts.insertUnlessEmailTaken(row.id(), row.email(), row.passwordHash(), row.displayName(),
                row.language(), row.phone(), row.role(), row.status(), row.createdAt(), row.updatedAt(),
                row.closedAt(), row.emailVerifiedAt(), row.version());
        if (inserted == 0) {
            return Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email"));
        }
        return Outcome.accepted(account);
    }

    @Override
    public Outcome<Account> update(Account account) {
        AccountRow row = AccountMapper.toRow(account);
        int updated = accounts.updateAtVersion(row.id(), row.version(), row.email(), row.passwordHash(),
                row.displayName(), row.language(), row.phone(), row.role(), row.status(), row.updatedAt(),
                row.closedAt(), row.emailVerifiedAt());
        if (updated == 0) {
            return Outcome.rejected(IdentityRejection.CONCURRENT_UPDATE);
        }
        return Outcome.accepted(AccountMapper.nextVersion(row));
    }

    @Override
    public List<Account> search(AccountFilter search, int max) {
        List<AccountRow> rows = accounts.search(
                search.role().map(Enum::name).orElse(null),
                search.status().map(Enum::name).orElse(null),
                search.emailPrefix().map(AccountPersistenceAdapter::startsWith).orElse(null),
                search.after().orElse(null),
                max);
        return rows.stream().map(AccountMapper::toDomain).toList();
    }

    @Override
    public long lockActiveAdmins() {
        return accounts.lockActiveAdmins();
    }

    @Override
    public List<Account> closedBefore(Instant closedBefore, int max) {
        return accounts.closedBefore(closedBefore, max).stream().map(AccountMapper::toDomain).toList();
    }

    /** A LIKE pattern matching what starts with {@code prefix}, its own wildcards taken literally. */
    static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
