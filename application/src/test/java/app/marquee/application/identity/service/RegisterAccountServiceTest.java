package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.RegisterAccountCommand;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterAccountServiceTest {
    private static final String GOOD_PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final RegisterAccountService register = new RegisterAccountService(world.accounts, world.accounts,
            world.hasher, world.passwordPolicy(), world.mail(), world.allOrNothing, world.clock);

    @Test
    void opensAnActiveUserAccountAndStoresTheHashNotThePassword() {
        Outcome<Account> outcome = register.register(command("Ann@Example.org", GOOD_PASSWORD));

        assertThat(outcome.isAccepted()).isTrue();
        Account stored = world.accounts.stored("ann@example.org");
        assertThat(stored.passwordHash().encoded()).isEqualTo("plain:" + GOOD_PASSWORD);
        assertThat(stored.passwordHash().encoded()).isNotEqualTo(GOOD_PASSWORD);
        assertThat(stored.role()).isEqualTo(Role.USER);
        assertThat(stored.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(stored.displayName()).isEqualTo(new DisplayName("Ann"));
        assertThat(stored.language()).isEqualTo(Language.FR);
        assertThat(stored.createdAt()).isEqualTo(IdentityFixture.START);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Accepted.class,
                accepted -> assertThat(((Account) accepted.value()).id()).isEqualTo(stored.id()));
    }

    @Test
    void refusesAShortPasswordOnThePasswordFieldWithoutHashingIt() {
        Outcome<Account> outcome = register.register(command("ann@example.org", "too short"));

        assertThat(outcome).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.PASSWORD_TOO_SHORT, "password")));
        assertThat(world.accounts.count()).isZero();
        assertThat(world.hasher.hashes()).isZero();
    }

    @Test
    void refusesACommonPasswordDressedUpWithDigits() {
        Outcome<Account> outcome = register.register(command("ann@example.org", "Sunshine2024!"));

        assertThat(outcome).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.PASSWORD_TOO_COMMON, "password")));
        assertThat(world.accounts.count()).isZero();
    }

    @Test
    void refusesThePersonsOwnEmailAsPassword() {
        Outcome<Account> outcome = register.register(command("ann.smith.1984@example.org", "Ann.Smith.1984"));

        assertThat(outcome).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.PASSWORD_SAME_AS_EMAIL, "password")));
    }

    @Test
    void refusesAnEmailAlreadyTakenWhateverItsCase() {
        Account ann = world.account("ann@example.org", "an older good password");

        Outcome<Account> outcome = register.register(command(" ANN@example.org", GOOD_PASSWORD));

        assertThat(outcome).isEqualTo(Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email")));
        assertThat(world.accounts.count()).isEqualTo(1);
        assertThat(world.accounts.stored("ann@example.org").passwordHash()).isEqualTo(ann.passwordHash());
        assertThat(world.hasher.hashes()).as("no slow hash is spent on a taken e-mail").isZero();
    }

    @Test
    void losesARaceForTheSameEmailWithEmailTakenFromTheStore() {
        world.account("ann@example.org", "the winner's password");
        LoadAccountPort readBeforeTheWinnerCommitted = new LoadAccountPort() {
            @Override
            public Optional<Account> byId(AccountId id) {
                return Optional.empty();
            }

            @Override
            public Optional<Account> byEmail(EmailAddress email) {
                return Optional.empty();
            }
        };
        RegisterAccountService racing = new RegisterAccountService(readBeforeTheWinnerCommitted, world.accounts,
                world.hasher, world.passwordPolicy(), world.mail(), world.allOrNothing, world.clock);

        Outcome<Account> outcome = racing.register(command("ann@example.org", GOOD_PASSWORD));

        assertThat(outcome).isEqualTo(Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email")));
        assertThat(world.accounts.count()).isEqualTo(1);
    }

    private static RegisterAccountCommand command(String email, String password) {
        return new RegisterAccountCommand(new EmailAddress(email), password, new DisplayName("Ann"), Language.FR);
    }
}
