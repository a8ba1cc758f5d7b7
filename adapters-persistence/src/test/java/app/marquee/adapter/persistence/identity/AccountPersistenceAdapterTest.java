package app.marquee.adapter.persistence.identity;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AccountPersistenceAdapterTest extends DatabaseTest {
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void anAccountComesBackExactlyAsItWasStored() {
        Account stored = TestAccounts.withEveryField(TestAccounts.uniqueEmail());

        assertThat(accounts.add(stored)).isEqualTo(Outcome.accepted(stored));

        assertThat(accounts.byId(stored.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(stored);
        assertThat(accounts.byEmail(stored.email()).orElseThrow()).usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void anAccountWithoutPhoneNorClosingComesBackWithoutThem() {
        Account stored = TestAccounts.user(TestAccounts.uniqueEmail());
        accounts.add(stored);

        Account loaded = accounts.byId(stored.id()).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(stored);
        assertThat(loaded.phone()).isEmpty();
        assertThat(loaded.closedAt()).isEmpty();
    }

    @Test
    void nothingIsFoundForAnUnknownIdOrEmail() {
        assertThat(accounts.byId(AccountId.newId())).isEmpty();
        assertThat(accounts.byEmail(TestAccounts.uniqueEmail())).isEmpty();
    }

    @Test
    void aSecondAccountWithATakenEmailIsRefusedAndTheTransactionGoesOn() {
        EmailAddress email = TestAccounts.uniqueEmail();
        Account first = TestAccounts.user(email);
        Account second = TestAccounts.user(email);
        Account other = TestAccounts.user(TestAccounts.uniqueEmail());

        List<Outcome<Account>> outcomes = transactions.executeWrite(status ->
                List.of(accounts.add(first), accounts.add(second), accounts.add(other)));

        assertThat(outcomes).containsExactly(Outcome.accepted(first),
                Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email")), Outcome.accepted(other));
        assertThat(accounts.byEmail(email).map(Account::id)).contains(first.id());
        assertThat(accounts.byId(second.id())).isEmpty();
        assertThat(accounts.byId(other.id())).isPresent();
    }

    @Test
    void ofTwoConcurrentRegistrationsOfOneEmailTheLaterIsRefused() throws Exception {
        EmailAddress email = TestAccounts.uniqueEmail();
        Account first = TestAccounts.user(email);
        Account second = TestAccounts.user(email);

        Race.Result<Outcome<Account>, Outcome<Account>> race = Race.between(transactions,
                () -> accounts.add(first), () -> accounts.add(second));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first()).isEqualTo(Outcome.accepted(first));
        assertThat(race.second()).isEqualTo(Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email")));
        assertThat(accounts.byEmail(email).map(Account::id)).contains(first.id());
    }

    @Test
    void anUpdateIsWrittenAndMovesTheVersionOn() {
        Account account = TestAccounts.user(TestAccounts.uniqueEmail());
        accounts.add(account);
        Account loaded = accounts.byId(account.id()).orElseThrow();
        loaded.rename(new DisplayName("Ann Renamed"), TestAccounts.now());

        Account saved = accepted(accounts.update(loaded));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(accounts.byId(account.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(saved);
        saved.speak(Language.FR, TestAccounts.now());
        assertThat(accepted(accounts.update(saved)).version()).isEqualTo(2);
    }

    @Test
    void anUpdateOfAStaleVersionIsRefusedAsAConcurrentUpdate() {
        Account account = TestAccounts.user(TestAccounts.uniqueEmail());
        accounts.add(account);
        Account readByOne = accounts.byId(account.id()).orElseThrow();
        Account readByOther = accounts.byId(account.id()).orElseThrow();
        readByOne.rename(new DisplayName("First Writer"), TestAccounts.now());
        readByOther.rename(new DisplayName("Second Writer"), TestAccounts.now());

        assertThat(accounts.update(readByOne).isAccepted()).isTrue();
        assertThat(accounts.update(readByOther)).isEqualTo(Outcome.rejected(IdentityRejection.CONCURRENT_UPDATE));

        assertThat(accounts.byId(account.id()).orElseThrow().displayName().value()).isEqualTo("First Writer");
    }

    @Test
    void ofTwoConcurrentUpdatesOfOneVersionOnlyTheFirstIsWritten() throws Exception {
        Account account = TestAccounts.user(TestAccounts.uniqueEmail());
        accounts.add(account);
        Account readByOne = accounts.byId(account.id()).orElseThrow();
        Account readByOther = accounts.byId(account.id()).orElseThrow();
        readByOne.rename(new DisplayName("First Writer"), TestAccounts.now());
        readByOther.rename(new DisplayName("Second Writer"), TestAccounts.now());

        Race.Result<Outcome<Account>, Outcome<Account>> race = Race.between(transactions,
                () -> accounts.update(readByOne), () -> accounts.update(readByOther));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(IdentityRejection.CONCURRENT_UPDATE));
        Account stored = accounts.byId(account.id()).orElseThrow();
        assertThat(stored.displayName().value()).isEqualTo("First Writer");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void anAnonymisedAccountFreesItsEmailForANewAccount() {
        EmailAddress email = TestAccounts.uniqueEmail();
        Instant longAgo = Instant.parse("2001-02-03T04:05:06Z");
        Account closed = TestAccounts.closed(email.value(), longAgo);
        accounts.add(closed);
        Account due = accounts.byId(closed.id()).orElseThrow();
        due.anonymise(TestAccounts.now());

        Account anonymised = accepted(accounts.update(due));

        assertThat(accounts.byEmail(anonymised.email()).map(Account::id)).contains(closed.id());
        assertThat(accounts.byId(closed.id()).orElseThrow().closedAt()).contains(longAgo);
        assertThat(accounts.add(TestAccounts.user(email)).isAccepted()).isTrue();
    }

    private static Account accepted(Outcome<Account> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<Account>) outcome).value();
    }
}
