package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.fakes.PlainTextHasher;
import app.marquee.application.identity.port.in.ProvisionAdminCommand;
import app.marquee.application.identity.port.in.ProvisionAdminUseCase.Provisioning;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import app.marquee.application.identity.port.out.AccountFilter;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisionAdminServiceTest {
    private static final String PASSWORD = "a long admin passphrase";

    private final IdentityFixture world = new IdentityFixture();
    private final ProvisionAdminService provision = new ProvisionAdminService(world.accounts, world.accounts,
            world.accounts, world.hasher, world.passwordPolicy(), world.clock);

    @Test
    void createsTheConfiguredAdminWhenThereIsNone() {
        Outcome<Provisioning> outcome = provision.provision(command("root@marquee.example"));

        assertThat(outcome).isEqualTo(Outcome.accepted(Provisioning.CREATED));
        Account admin = world.accounts.stored("root@marquee.example");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(admin.displayName().value()).isEqualTo("Administrator");
        assertThat(admin.language()).isEqualTo(Language.EN);
        assertThat(admin.passwordHash()).isEqualTo(PlainTextHasher.current(PASSWORD));
        assertThat(world.accounts.lockActiveAdmins()).isEqualTo(1);
    }

    @Test
    void doesNothingWhenAnActiveAdminExists() {
        world.account("boss@example.org", "the boss's passphrase", Role.ADMIN);

        Outcome<Provisioning> outcome = provision.provision(command("root@marquee.example"));

        assertThat(outcome).isEqualTo(Outcome.accepted(Provisioning.ADMIN_ALREADY_PRESENT));
        assertThat(world.accounts.count()).isEqualTo(1);
        assertThat(world.hasher.hashes()).isZero();
    }

    @Test
    void runningAtEveryStartUpCreatesTheAdminOnlyOnce() {
        provision.provision(command("root@marquee.example"));

        Outcome<Provisioning> second = provision.provision(command("root@marquee.example"));

        assertThat(second).isEqualTo(Outcome.accepted(Provisioning.ADMIN_ALREADY_PRESENT));
        assertThat(world.accounts.count()).isEqualTo(1);
    }

    @Test
    void aDisabledAdminIsNotEnoughSoANewOneIsCreated() {
        world.disabledAccount("dormant@example.org", "the dormant passphrase", Role.ADMIN);

        assertThat(provision.provision(command("root@marquee.example")))
                .isEqualTo(Outcome.accepted(Provisioning.CREATED));
        assertThat(world.accounts.lockActiveAdmins()).isEqualTo(1);
    }

    @Test
    void refusesAnEmailThatAnotherAccountHolds() {
        Account user = world.account("root@marquee.example", "an ordinary passphrase");

        Outcome<Provisioning> outcome = provision.provision(command("root@marquee.example"));

        assertThat(outcome).isEqualTo(Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email")));
        assertThat(world.accounts.stored(user.id()).role()).isEqualTo(Role.USER);
    }

    @Test
    void refusesAWeakAdminPassword() {
        Outcome<Provisioning> outcome = provision.provision(
                new ProvisionAdminCommand(new EmailAddress("root@marquee.example"), "password1234"));

        assertThat(outcome).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.PASSWORD_TOO_COMMON, "password")));
        assertThat(world.accounts.count()).isZero();
    }

    private static ProvisionAdminCommand command(String email) {
        return new ProvisionAdminCommand(new EmailAddress(email), PASSWORD);
    }

    @Test
    void anotherInstanceThatCreatedTheSameAdminFirstCountsAsPresent() {
        world.account("root@marquee.example", "created by the other instance", Role.ADMIN);
        ProvisionAdminService lateStarter = new ProvisionAdminService(new NoAdminsSeenYet(world), world.accounts,
                world.accounts, world.hasher, world.passwordPolicy(), world.clock);

        assertThat(lateStarter.provision(command("root@marquee.example")))
                .isEqualTo(Outcome.accepted(Provisioning.ADMIN_ALREADY_PRESENT));
        assertThat(world.accounts.count()).isEqualTo(1);
    }

    /** What a second instance saw when it counted before the first one's insert committed. */
    private record NoAdminsSeenYet(IdentityFixture world) implements SearchAccountsPort {
        @Override
        public java.util.List<Account> search(AccountFilter filter, int max) {
            return world.accounts.search(filter, max);
        }

        @Override
        public long lockActiveAdmins() {
            return 0;
        }

        @Override
        public java.util.List<Account> closedBefore(java.time.Instant closedBefore, int max) {
            return world.accounts.closedBefore(closedBefore, max);
        }
    }
}
