package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.AccountFilter;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts kept like a database keeps them: every read returns a fresh copy, so a change counts
 * only once saved; the e-mail is unique and an update applies only to the version it was read at.
 */
public final class InMemoryAccounts implements LoadAccountPort, SaveAccountPort, SearchAccountsPort {
    private final Map<AccountId, Account> rows = new LinkedHashMap<>();
    private final List<Integer> searchMaxima = new ArrayList<>();
    private boolean rivalBeforeNextUpdate;

    @Override
    public Optional<Account> byId(AccountId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryAccounts::copy);
    }

    @Override
    public Optional<Account> byEmail(EmailAddress email) {
        return rows.values().stream().filter(a -> a.email().equals(email)).findFirst().map(InMemoryAccounts::copy);
    }

    @Override
    public Outcome<Account> add(Account account) {
        if (rows.containsKey(account.id())) {
            throw new IllegalStateException("account " + account.id() + " was already added");
        }
        if (emailTakenByAnother(account)) {
            return Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email"));
        }
        Account stored = copy(account, 0);
        rows.put(stored.id(), stored);
        return Outcome.accepted(copy(stored));
    }

    @Override
    public Outcome<Account> update(Account account) {
        Account current = rows.get(account.id());
        if (current == null) {
            throw new IllegalStateException("account " + account.id() + " was never added");
        }
        if (rivalBeforeNextUpdate || current.version() != account.version()) {
            rivalBeforeNextUpdate = false;
            return Outcome.rejected(IdentityRejection.CONCURRENT_UPDATE);
        }
        if (emailTakenByAnother(account)) {
            return Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email"));
        }
        Account stored = copy(account, account.version() + 1);
        rows.put(stored.id(), stored);
        return Outcome.accepted(copy(stored));
    }

    @Override
    public List<Account> search(AccountFilter filter, int max) {
        searchMaxima.add(max);
        return rows.values().stream()
                .filter(a -> filter.role().map(role -> a.role() == role).orElse(true))
                .filter(a -> filter.status().map(status -> a.status() == status).orElse(true))
                .filter(a -> filter.emailPrefix().map(prefix -> a.email().value().startsWith(prefix)).orElse(true))
                .filter(a -> filter.after().map(after -> a.email().value().compareTo(after) > 0).orElse(true))
                .sorted(Comparator.comparing(a -> a.email().value()))
                .limit(max)
                .map(InMemoryAccounts::copy)
                .toList();
    }

    @Override
    public long lockActiveAdmins() {
        return rows.values().stream().filter(Account::isActiveAdmin).count();
    }

    @Override
    public List<Account> closedBefore(Instant closedBefore, int max) {
        return rows.values().stream()
                .filter(a -> a.status() == AccountStatus.CLOSED)
                .filter(a -> !a.closedAt().orElseThrow().isAfter(closedBefore))
                .sorted(Comparator.comparing(a -> a.closedAt().orElseThrow()))
                .limit(max)
                .map(InMemoryAccounts::copy)
                .toList();
    }

    /** Stores an account as it is, for a test's starting state; returns the stored copy. */
    /** The next update finds the account changed meanwhile by another instance (CONCURRENT_UPDATE). */
    public void failNextUpdate() {
        rivalBeforeNextUpdate = true;
    }

    public Account seed(Account account) {
        return add(account).orElseThrow(rejection -> new IllegalStateException("cannot seed: " + rejection));
    }

    /** The account as currently stored; fails the test if there is none. */
    public Account stored(AccountId id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no account " + id));
    }

    public Account stored(String email) {
        return byEmail(new EmailAddress(email)).orElseThrow(() -> new IllegalStateException("no account " + email));
    }

    public int count() {
        return rows.size();
    }

    /** The {@code max} of every search asked so far, oldest first. */
    public List<Integer> searchMaxima() {
        return List.copyOf(searchMaxima);
    }

    private boolean emailTakenByAnother(Account account) {
        return rows.values().stream().anyMatch(a -> a.email().equals(account.email()) && !a.id().equals(account.id()));
    }

    private static Account copy(Account a) {
        return copy(a, a.version());
    }

    private static Account copy(Account a, long version) {
        return Account.rehydrate(a.id(), a.email(), a.passwordHash(), a.displayName(), a.language(),
                a.phone().orElse(null), a.role(), a.status(), a.createdAt(), a.updatedAt(), a.closedAt().orElse(null),
                a.emailVerifiedAt().orElse(null), version);
    }
}
