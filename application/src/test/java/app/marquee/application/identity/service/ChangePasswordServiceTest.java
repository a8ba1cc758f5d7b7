package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.fakes.PlainTextHasher;
import app.marquee.application.identity.port.in.ChangePasswordCommand;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordServiceTest {
    private static final String OLD = "correct horse battery staple";
    private static final String NEW = "a brand new long passphrase";

    private final IdentityFixture world = new IdentityFixture();
    private final ChangePasswordService changePassword = new ChangePasswordService(world.confirmation(), world.accounts,
            world.sessions, world.challenges, world.hasher, world.passwordPolicy(), world.unitOfWork, world.clock);
    private final Account ann = world.account("ann@example.org", OLD);
    private final Session.Opened current = world.signedIn(ann);

    @Test
    void theWrongCurrentPasswordIsRefusedOnTheCurrentPasswordField() {
        Session.Opened other = world.signedIn(ann);

        Outcome<Account> outcome = changePassword.change(command("not my password", NEW));

        assertThat(outcome).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.WRONG_PASSWORD, "currentPassword")));
        assertThat(world.accounts.stored(ann.id()).passwordHash()).isEqualTo(PlainTextHasher.current(OLD));
        assertThat(world.sessions.stored(other.session().id()).isRevoked()).isFalse();
    }

    @Test
    void aWeakNewPasswordIsRefusedOnTheNewPasswordField() {
        assertThat(changePassword.change(command(OLD, "short"))).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.PASSWORD_TOO_SHORT, "newPassword")));
        assertThat(changePassword.change(command(OLD, "letmein!!2025"))).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.PASSWORD_TOO_COMMON, "newPassword")));
        assertThat(changePassword.change(command(OLD, "ANN@example.org"))).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.PASSWORD_SAME_AS_EMAIL, "newPassword")));
        assertThat(world.accounts.stored(ann.id()).passwordHash()).isEqualTo(PlainTextHasher.current(OLD));
    }

    @Test
    void theNewPasswordIsStoredHashedAndOtherSessionsAreSignedOutButNotThisOne() {
        Session.Opened phone = world.signedIn(ann);
        Session.Opened laptop = world.signedIn(ann);
        Account bob = world.account("bob@example.org", "bob's own long passphrase");
        Session.Opened bobsSession = world.signedIn(bob);
        world.clock.advance(Duration.ofMinutes(3));

        Outcome<Account> outcome = changePassword.change(command(OLD, NEW));

        assertThat(outcome.isAccepted()).isTrue();
        Account stored = world.accounts.stored(ann.id());
        assertThat(stored.passwordHash()).isEqualTo(PlainTextHasher.current(NEW));
        assertThat(stored.updatedAt()).isEqualTo(world.clock.instant());
        assertThat(world.sessions.stored(current.session().id()).isRevoked()).isFalse();
        assertThat(world.sessions.stored(phone.session().id()).revocationReason())
                .contains(RevocationReason.PASSWORD_CHANGED);
        assertThat(world.sessions.stored(laptop.session().id()).revocationReason())
                .contains(RevocationReason.PASSWORD_CHANGED);
        assertThat(world.sessions.stored(bobsSession.session().id()).isRevoked()).isFalse();
    }

    @Test
    void afterTheChangeOnlyTheNewPasswordSignsIn() {
        changePassword.change(command(OLD, NEW));
        SignInService signIn = new SignInService(world.accounts, world.accounts, world.attempts(),
            world.hasher, world.opener(), world.secondFactorGate(), world.unitOfWork, world.clock);

        assertThat(IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", OLD))))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS));
        assertThat(IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", NEW))).isAccepted()).isTrue();
    }

    @Test
    void aLegacyHashStillProvesTheCurrentPassword() {
        Account legacy = world.accounts.seed(Account.register(new EmailAddress("old@example.org"),
                PlainTextHasher.legacy(OLD), new DisplayName("Old"), Language.EN, Role.USER, world.clock.instant()));
        Session.Opened session = world.signedIn(legacy);

        Outcome<Account> outcome = changePassword.change(
                new ChangePasswordCommand(legacy.id(), session.session().id(), OLD, NEW));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(world.accounts.stored(legacy.id()).passwordHash()).isEqualTo(PlainTextHasher.current(NEW));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        Outcome<Account> outcome = changePassword.change(
                new ChangePasswordCommand(AccountId.newId(), SessionId.newId(), OLD, NEW));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
    }

    private ChangePasswordCommand command(String currentPassword, String newPassword) {
        return new ChangePasswordCommand(ann.id(), current.session().id(), currentPassword, newPassword);
    }
}
