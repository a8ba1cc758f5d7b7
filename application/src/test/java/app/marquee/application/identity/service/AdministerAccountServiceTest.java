package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.AdministerAccountCommand;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AdministerAccountServiceTest {
    private static final String PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final AdministerAccountService administer = new AdministerAccountService(world.accounts, world.accounts,
            world.accounts, world.sessions, world.clock);
    private final Account admin = world.account("admin@example.org", PASSWORD, Role.ADMIN);

    @Test
    void anAdminChangesAnAccountsRoleWithoutSigningItOut() {
        Account ann = world.account("ann@example.org", PASSWORD);
        Session.Opened session = world.signedIn(ann);
        world.clock.advance(Duration.ofMinutes(1));

        Outcome<Account> outcome = administer.administer(role(ann, Role.OPERATOR));

        assertThat(outcome.isAccepted()).isTrue();
        Account stored = world.accounts.stored(ann.id());
        assertThat(stored.role()).isEqualTo(Role.OPERATOR);
        assertThat(stored.updatedAt()).isEqualTo(world.clock.instant());
        assertThat(world.sessions.stored(session.session().id()).isRevoked()).isFalse();
    }

    @Test
    void disablingAnAccountSignsItOutEverywhere() {
        Account ann = world.account("ann@example.org", PASSWORD);
        Session.Opened phone = world.signedIn(ann);
        Session.Opened laptop = world.signedIn(ann);

        Outcome<Account> outcome = administer.administer(disabled(ann, true));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(world.accounts.stored(ann.id()).status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(world.sessions.stored(phone.session().id()).revocationReason())
                .contains(RevocationReason.ACCOUNT_DISABLED);
        assertThat(world.sessions.stored(laptop.session().id()).revocationReason())
                .contains(RevocationReason.ACCOUNT_DISABLED);
    }

    @Test
    void aDisabledAccountCanBeRestored() {
        Account ann = world.disabledAccount("ann@example.org", PASSWORD, Role.USER);

        Outcome<Account> outcome = administer.administer(disabled(ann, false));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(world.accounts.stored(ann.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        Outcome<Account> outcome = administer.administer(role(admin, Role.USER));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.LAST_ADMIN));
        assertThat(world.accounts.stored(admin.id()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theLastAdminCannotBeDisabledAndKeepsTheirSessions() {
        Session.Opened session = world.signedIn(admin);

        Outcome<Account> outcome = administer.administer(disabled(admin, true));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.LAST_ADMIN));
        assertThat(world.accounts.stored(admin.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(world.sessions.stored(session.session().id()).isRevoked()).isFalse();
    }

    @Test
    void withTwoAdminsOneCanBeDemotedButThenTheOtherIsTheLast() {
        Account second = world.account("second@example.org", PASSWORD, Role.ADMIN);

        assertThat(administer.administer(role(second, Role.OPERATOR)).isAccepted()).isTrue();

        assertThat(world.accounts.stored(second.id()).role()).isEqualTo(Role.OPERATOR);
        assertThat(administer.administer(role(admin, Role.USER)))
                .isEqualTo(Outcome.rejected(IdentityRejection.LAST_ADMIN));
    }

    @Test
    void withTwoAdminsOneCanBeDisabled() {
        Account second = world.account("second@example.org", PASSWORD, Role.ADMIN);

        assertThat(administer.administer(disabled(second, true)).isAccepted()).isTrue();
        assertThat(world.accounts.stored(second.id()).status()).isEqualTo(AccountStatus.DISABLED);
    }

    @Test
    void aDisabledAdminDoesNotCountAsASuccessor() {
        world.disabledAccount("dormant@example.org", PASSWORD, Role.ADMIN);

        assertThat(administer.administer(role(admin, Role.OPERATOR)))
                .isEqualTo(Outcome.rejected(IdentityRejection.LAST_ADMIN));
    }

    @Test
    void aClosedAccountCannotBeDisabledOrRestored() {
        Account closed = world.closedAccount("gone@example.org", PASSWORD, IdentityFixture.START.minusSeconds(60));

        assertThat(administer.administer(disabled(closed, true)))
                .isEqualTo(Outcome.rejected(IdentityRejection.CLOSED_ACCOUNT_UNCHANGEABLE));
        assertThat(administer.administer(disabled(closed, false)))
                .isEqualTo(Outcome.rejected(IdentityRejection.CLOSED_ACCOUNT_UNCHANGEABLE));
        assertThat(world.accounts.stored(closed.id()).status()).isEqualTo(AccountStatus.CLOSED);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        AdministerAccountCommand command = new AdministerAccountCommand(AccountId.newId(), Optional.of(Role.ADMIN),
                Optional.empty());

        assertThat(administer.administer(command)).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
    }

    private static AdministerAccountCommand role(Account account, Role role) {
        return new AdministerAccountCommand(account.id(), Optional.of(role), Optional.empty());
    }

    private static AdministerAccountCommand disabled(Account account, boolean disabled) {
        return new AdministerAccountCommand(account.id(), Optional.empty(), Optional.of(disabled));
    }
}
