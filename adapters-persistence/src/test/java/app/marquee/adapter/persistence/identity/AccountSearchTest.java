package app.marquee.adapter.persistence.identity;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.application.identity.port.out.AccountFilter;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AccountSearchTest extends DatabaseTest {
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aPrefixFindsTheAccountsWhoseEmailStartsWithItInEmailOrder() {
        String tag = TestAccounts.tag();
        addUsers(tag + "c@example.org", tag + "a@example.org", tag + "b@example.org", "x" + tag + "@example.org");

        assertThat(emails(search(Optional.empty(), Optional.empty(), tag, Optional.empty()), 10))
                .containsExactly(tag + "a@example.org", tag + "b@example.org", tag + "c@example.org");
    }

    @Test
    void roleAndStatusNarrowTheSearch() {
        String tag = TestAccounts.tag();
        add(TestAccounts.account(tag + "1@example.org", Role.ADMIN, AccountStatus.ACTIVE, null));
        add(TestAccounts.account(tag + "2@example.org", Role.ADMIN, AccountStatus.DISABLED, null));
        add(TestAccounts.account(tag + "3@example.org", Role.USER, AccountStatus.DISABLED, null));
        add(TestAccounts.account(tag + "4@example.org", Role.USER, AccountStatus.ACTIVE, null));

        assertThat(emails(search(Optional.of(Role.ADMIN), Optional.empty(), tag, Optional.empty()), 10))
                .containsExactly(tag + "1@example.org", tag + "2@example.org");
        assertThat(emails(search(Optional.empty(), Optional.of(AccountStatus.DISABLED), tag, Optional.empty()), 10))
                .containsExactly(tag + "2@example.org", tag + "3@example.org");
        assertThat(emails(search(Optional.of(Role.USER), Optional.of(AccountStatus.ACTIVE), tag, Optional.empty()), 10))
                .containsExactly(tag + "4@example.org");
    }

    @Test
    void theCursorPagesThroughTheAccountsAfterTheLastOneSeen() {
        String tag = TestAccounts.tag();
        addUsers(tag + "1@example.org", tag + "2@example.org", tag + "3@example.org", tag + "4@example.org",
                tag + "5@example.org");

        List<String> firstPage = emails(search(Optional.empty(), Optional.empty(), tag, Optional.empty()), 2);
        List<String> secondPage = emails(search(Optional.empty(), Optional.empty(), tag, Optional.of(firstPage.get(1))), 2);
        List<String> lastPage = emails(search(Optional.empty(), Optional.empty(), tag, Optional.of(secondPage.get(1))), 2);

        assertThat(firstPage).containsExactly(tag + "1@example.org", tag + "2@example.org");
        assertThat(secondPage).containsExactly(tag + "3@example.org", tag + "4@example.org");
        assertThat(lastPage).containsExactly(tag + "5@example.org");
    }

    @Test
    void wildcardsInThePrefixAreTakenLiterally() {
        String tag = TestAccounts.tag();
        addUsers(tag + "a_b@example.org", tag + "axb@example.org", tag + "a%c@example.org", tag + "abc@example.org",
                tag + "a\\d@example.org", tag + "ad@example.org");

        assertThat(emails(search(Optional.empty(), Optional.empty(), tag + "a_", Optional.empty()), 10))
                .containsExactly(tag + "a_b@example.org");
        assertThat(emails(search(Optional.empty(), Optional.empty(), tag + "a%", Optional.empty()), 10))
                .containsExactly(tag + "a%c@example.org");
        assertThat(emails(search(Optional.empty(), Optional.empty(), tag + "a\\", Optional.empty()), 10))
                .containsExactly(tag + "a\\d@example.org");
    }

    @Test
    void withoutFiltersEveryAccountIsListedInEmailOrderUpToTheMaximum() {
        addUsers(TestAccounts.uniqueEmail().value(), TestAccounts.uniqueEmail().value(),
                TestAccounts.uniqueEmail().value());

        List<String> all = emails(new AccountFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), 3);

        assertThat(all).hasSize(3).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void onlyActiveAdminsAreCounted() {
        long before = accounts.lockActiveAdmins();
        String tag = TestAccounts.tag();
        add(TestAccounts.account(tag + "1@example.org", Role.ADMIN, AccountStatus.ACTIVE, null));
        add(TestAccounts.account(tag + "2@example.org", Role.ADMIN, AccountStatus.ACTIVE, null));
        add(TestAccounts.account(tag + "3@example.org", Role.ADMIN, AccountStatus.DISABLED, null));
        add(TestAccounts.account(tag + "4@example.org", Role.ADMIN, AccountStatus.CLOSED, Instant.now()));
        add(TestAccounts.account(tag + "5@example.org", Role.OPERATOR, AccountStatus.ACTIVE, null));

        assertThat(accounts.lockActiveAdmins()).isEqualTo(before + 2);
    }

    @Test
    void lockingTheActiveAdminsMakesASecondDemotionSeeTheFirst() throws Exception {
        String tag = TestAccounts.tag();
        Account one = add(TestAccounts.account(tag + "a@example.org", Role.ADMIN, AccountStatus.ACTIVE, null));
        Account two = add(TestAccounts.account(tag + "b@example.org", Role.ADMIN, AccountStatus.ACTIVE, null));
        Account firstCopy = accounts.byId(one.id()).orElseThrow();

        Race.Result<Long, Long> race = Race.between(transactions, () -> {
            long seen = accounts.lockActiveAdmins();
            firstCopy.assign(Role.USER, TestAccounts.now());
            accounts.update(firstCopy);
            return seen;
        }, accounts::lockActiveAdmins);

        assertThat(race.secondWaited()).as("the second count waits for the first demotion").isTrue();
        assertThat(race.second()).isEqualTo(race.first() - 1);
        assertThat(accounts.byId(two.id()).orElseThrow().isActiveAdmin()).isTrue();
    }

    @Test
    void closedAccountsDueByAnInstantAreListedOldestClosingFirst() {
        String tag = TestAccounts.tag();
        Instant cutoff = Instant.parse("2000-06-01T00:00:00Z");
        Account oldest = add(TestAccounts.closed(tag + "1@example.org", cutoff.minus(Duration.ofDays(40))));
        Account older = add(TestAccounts.closed(tag + "2@example.org", cutoff.minus(Duration.ofDays(20))));
        Account atCutoff = add(TestAccounts.closed(tag + "3@example.org", cutoff));
        add(TestAccounts.closed(tag + "4@example.org", cutoff.plusSeconds(1)));
        add(TestAccounts.account(tag + "5@example.org", Role.USER, AccountStatus.ANONYMISED, cutoff.minus(Duration.ofDays(90))));
        add(TestAccounts.account(tag + "6@example.org", Role.USER, AccountStatus.DISABLED, null));

        List<Account> due = accounts.closedBefore(cutoff, 1000);

        assertThat(due).allSatisfy(account -> {
            assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
            assertThat(account.closedAt().orElseThrow()).isBeforeOrEqualTo(cutoff);
        });
        assertThat(due).extracting(account -> account.closedAt().orElseThrow()).isSorted();
        assertThat(due).extracting(Account::id).containsSubsequence(oldest.id(), older.id(), atCutoff.id());
        assertThat(due).extracting(account -> account.email().value()).filteredOn(email -> email.startsWith(tag))
                .hasSize(3);
        assertThat(accounts.closedBefore(cutoff, 2)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void twoJobsTakingClosedAccountsAtOnceNeverTakeTheSameOne() throws Exception {
        String tag = TestAccounts.tag();
        Instant cutoff = Instant.parse("2000-01-01T00:00:00Z");
        add(TestAccounts.closed(tag + "1@example.org", cutoff.minus(Duration.ofDays(2))));
        add(TestAccounts.closed(tag + "2@example.org", cutoff.minus(Duration.ofDays(1))));

        Race.Result<List<Account>, List<Account>> race = Race.between(transactions,
                () -> accounts.closedBefore(cutoff, 1), () -> accounts.closedBefore(cutoff, 1));

        assertThat(race.secondWaited()).isFalse();
        assertThat(race.first()).hasSize(1);
        assertThat(race.second()).hasSize(1);
        assertThat(race.second().get(0).id()).isNotEqualTo(race.first().get(0).id());
    }

    private AccountFilter search(Optional<Role> role, Optional<AccountStatus> status, String prefix,
                                 Optional<String> after) {
        return new AccountFilter(role, status, Optional.of(prefix), after);
    }

    private List<String> emails(AccountFilter search, int max) {
        return accounts.search(search, max).stream().map(account -> account.email().value()).toList();
    }

    private void addUsers(String... emails) {
        for (String email : emails) {
            add(TestAccounts.account(email, Role.USER, AccountStatus.ACTIVE, null));
        }
    }

    private Account add(Account account) {
        assertThat(accounts.add(account).isAccepted()).isTrue();
        return account;
    }
}
