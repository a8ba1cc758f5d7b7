package app.marquee.domain.identity.account;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {
    private static final Instant REGISTERED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant LATER = REGISTERED.plus(Duration.ofHours(2));
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=65536$abc");

    @Test
    void aNewAccountIsActiveAndCanSignIn() {
        Account account = ann(Role.USER);

        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.signInBlocker()).isEmpty();
        assertThat(account.email()).isEqualTo(new EmailAddress("ann@example.org"));
        assertThat(account.passwordHash()).isEqualTo(HASH);
        assertThat(account.displayName()).isEqualTo(new DisplayName("Ann"));
        assertThat(account.language()).isEqualTo(Language.FR);
        assertThat(account.role()).isEqualTo(Role.USER);
        assertThat(account.phone()).isEmpty();
        assertThat(account.createdAt()).isEqualTo(REGISTERED);
        assertThat(account.updatedAt()).isEqualTo(REGISTERED);
        assertThat(account.closedAt()).isEmpty();
        assertThat(account.version()).isZero();
    }

    @Test
    void everyRegistrationGetsItsOwnId() {
        assertThat(ann(Role.USER).id()).isNotEqualTo(ann(Role.USER).id());
    }

    @Test
    void renamingChangesTheNameAndTheUpdateTime() {
        Account account = ann(Role.USER);

        account.rename(new DisplayName("Ann Smith"), LATER);

        assertThat(account.displayName().value()).isEqualTo("Ann Smith");
        assertThat(account.updatedAt()).isEqualTo(LATER);
        assertThat(account.createdAt()).isEqualTo(REGISTERED);
    }

    @Test
    void choosingALanguageChangesItAndTheUpdateTime() {
        Account account = ann(Role.USER);

        account.speak(Language.EN, LATER);

        assertThat(account.language()).isEqualTo(Language.EN);
        assertThat(account.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aPhoneNumberCanBeSetAndRemoved() {
        Account account = ann(Role.USER);

        account.changePhone(Optional.of(new PhoneNumber("+33612345678")), LATER);
        assertThat(account.phone()).contains(new PhoneNumber("+33612345678"));
        assertThat(account.updatedAt()).isEqualTo(LATER);

        Instant evenLater = LATER.plusSeconds(60);
        account.changePhone(Optional.empty(), evenLater);
        assertThat(account.phone()).isEmpty();
        assertThat(account.updatedAt()).isEqualTo(evenLater);
    }

    @Test
    void changingThePasswordHashReplacesItAndTheUpdateTime() {
        Account account = ann(Role.USER);
        PasswordHash stronger = new PasswordHash("$argon2id$v=19$m=131072$def");

        account.changePasswordHash(stronger, LATER);

        assertThat(account.passwordHash()).isEqualTo(stronger);
        assertThat(account.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void closingStopsTheAccountAndRemembersWhen() {
        Account account = ann(Role.USER);

        Outcome<Account> closed = account.close(LATER);

        assertThat(closed).isEqualTo(Outcome.accepted(account));
        assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(account.closedAt()).contains(LATER);
        assertThat(account.updatedAt()).isEqualTo(LATER);
        assertThat(account.signInBlocker()).contains(IdentityRejection.ACCOUNT_CLOSED);
    }

    @Test
    void cannotCloseAnAccountTwice() {
        Account account = ann(Role.USER);
        account.close(LATER);

        Outcome<Account> again = account.close(LATER.plusSeconds(5));

        assertThat(again).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_CLOSED));
        assertThat(account.closedAt()).contains(LATER);
    }

    @Test
    void aDisabledAccountCanBeClosedByItsOwner() {
        Account account = ann(Role.USER);
        account.setDisabled(true, LATER);

        assertThat(account.close(LATER).isAccepted()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
    }

    @Test
    void isDueForAnonymisationOnlyOnceThirtyDaysHavePassed() {
        Account account = ann(Role.USER);
        assertThat(account.isDueForAnonymisation(LATER.plus(Duration.ofDays(365)))).isFalse();

        account.close(LATER);

        assertThat(account.isDueForAnonymisation(LATER)).isFalse();
        assertThat(account.isDueForAnonymisation(LATER.plus(Duration.ofDays(30)).minusSeconds(1))).isFalse();
        assertThat(account.isDueForAnonymisation(LATER.plus(Duration.ofDays(30)))).isTrue();
        assertThat(account.isDueForAnonymisation(LATER.plus(Duration.ofDays(31)))).isTrue();
    }

    @Test
    void anonymisingWipesThePersonalDataButKeepsTheIdAndClosingDate() {
        Account account = ann(Role.USER);
        account.changePhone(Optional.of(new PhoneNumber("+33612345678")), LATER);
        account.close(LATER);
        Instant due = LATER.plus(Account.DELETION_GRACE);

        account.anonymise(due);

        assertThat(account.status()).isEqualTo(AccountStatus.ANONYMISED);
        assertThat(account.email().value()).isEqualTo("deleted-" + account.id() + "@anonymised.invalid");
        assertThat(account.email().value()).doesNotContain("ann");
        assertThat(account.displayName().value()).isEqualTo(Account.ANONYMISED_NAME);
        assertThat(account.phone()).isEmpty();
        assertThat(account.passwordHash()).isEqualTo(PasswordHash.UNUSABLE);
        assertThat(account.passwordHash().isUsable()).isFalse();
        assertThat(account.closedAt()).contains(LATER);
        assertThat(account.updatedAt()).isEqualTo(due);
        assertThat(account.signInBlocker()).contains(IdentityRejection.ACCOUNT_CLOSED);
        assertThat(account.isDueForAnonymisation(due.plus(Duration.ofDays(100)))).isFalse();
    }

    @Test
    void cannotAnonymiseBeforeTheGracePeriodIsOver() {
        Account account = ann(Role.USER);
        account.close(LATER);

        assertThatThrownBy(() -> account.anonymise(LATER.plus(Duration.ofDays(29))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(account.email().value()).isEqualTo("ann@example.org");
    }

    @Test
    void cannotAnonymiseAnAccountThatWasNeverClosed() {
        Account account = ann(Role.USER);

        assertThatThrownBy(() -> account.anonymise(LATER.plus(Duration.ofDays(400))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotAnonymiseTwice() {
        Account account = ann(Role.USER);
        account.close(LATER);
        account.anonymise(LATER.plus(Duration.ofDays(30)));

        assertThatThrownBy(() -> account.anonymise(LATER.plus(Duration.ofDays(60))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAdminCanDisableAndRestoreAnAccount() {
        Account account = ann(Role.USER);

        assertThat(account.setDisabled(true, LATER)).isEqualTo(Outcome.accepted(account));
        assertThat(account.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(account.signInBlocker()).contains(IdentityRejection.ACCOUNT_DISABLED);
        assertThat(account.updatedAt()).isEqualTo(LATER);

        assertThat(account.setDisabled(false, LATER.plusSeconds(1)).isAccepted()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.signInBlocker()).isEmpty();
    }

    @Test
    void aClosedAccountCannotBeDisabledOrRestored() {
        Account account = ann(Role.USER);
        account.close(LATER);

        assertThat(account.setDisabled(true, LATER))
                .isEqualTo(Outcome.rejected(IdentityRejection.CLOSED_ACCOUNT_UNCHANGEABLE));
        assertThat(account.setDisabled(false, LATER))
                .isEqualTo(Outcome.rejected(IdentityRejection.CLOSED_ACCOUNT_UNCHANGEABLE));
        assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
    }

    @Test
    void anAnonymisedAccountCannotBeRestored() {
        Account account = rehydrated(AccountStatus.ANONYMISED, REGISTERED);

        assertThat(account.setDisabled(false, LATER))
                .isEqualTo(Outcome.rejected(IdentityRejection.CLOSED_ACCOUNT_UNCHANGEABLE));
        assertThat(account.status()).isEqualTo(AccountStatus.ANONYMISED);
    }

    @Test
    void eachStatusHasItsOwnSignInBlocker() {
        assertThat(rehydrated(AccountStatus.ACTIVE, null).signInBlocker()).isEmpty();
        assertThat(rehydrated(AccountStatus.DISABLED, null).signInBlocker())
                .contains(IdentityRejection.ACCOUNT_DISABLED);
        assertThat(rehydrated(AccountStatus.CLOSED, LATER).signInBlocker())
                .contains(IdentityRejection.ACCOUNT_CLOSED);
        assertThat(rehydrated(AccountStatus.ANONYMISED, LATER).signInBlocker())
                .contains(IdentityRejection.ACCOUNT_CLOSED);
    }

    @Test
    void aClosedAccountMustKnowWhenItWasClosed() {
        assertThatThrownBy(() -> rehydrated(AccountStatus.CLOSED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rehydrated(AccountStatus.ANONYMISED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rehydratingKeepsEverythingAsStored() {
        AccountId id = AccountId.newId();
        Account account = Account.rehydrate(id, new EmailAddress("bob@example.org"), HASH,
                new DisplayName("Bob"), Language.EN, new PhoneNumber("+14155552671"), Role.OPERATOR,
                AccountStatus.CLOSED, REGISTERED, LATER, LATER, 7);

        assertThat(account.id()).isEqualTo(id);
        assertThat(account.phone()).contains(new PhoneNumber("+14155552671"));
        assertThat(account.role()).isEqualTo(Role.OPERATOR);
        assertThat(account.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(account.closedAt()).contains(LATER);
        assertThat(account.updatedAt()).isEqualTo(LATER);
        assertThat(account.version()).isEqualTo(7);
    }

    @Test
    void assigningARoleChangesItAndTheUpdateTime() {
        Account account = ann(Role.USER);

        account.assign(Role.OPERATOR, LATER);

        assertThat(account.role()).isEqualTo(Role.OPERATOR);
        assertThat(account.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void onlyAnActiveAdminCountsAsActiveAdmin() {
        Account admin = ann(Role.ADMIN);
        assertThat(admin.isActiveAdmin()).isTrue();
        assertThat(ann(Role.OPERATOR).isActiveAdmin()).isFalse();

        admin.setDisabled(true, LATER);
        assertThat(admin.isActiveAdmin()).isFalse();
    }

    private static Account ann(Role role) {
        return Account.register(new EmailAddress("Ann@Example.org"), HASH, new DisplayName("Ann"), Language.FR, role,
                REGISTERED);
    }

    private static Account rehydrated(AccountStatus status, Instant closedAt) {
        return Account.rehydrate(AccountId.newId(), new EmailAddress("someone@example.org"), HASH,
                new DisplayName("Someone"), Language.EN, null, Role.USER, status, REGISTERED, REGISTERED, closedAt, 3);
    }
}
