package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.CloseAccountCommand;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CloseAccountServiceTest {
    private static final String PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final CloseAccountService closeAccount = new CloseAccountService(world.confirmation(), world.accounts,
            world.accounts, world.sessions, world.unitOfWork, world.clock);
    private final Account ann = world.account("ann@example.org", PASSWORD);

    @Test
    void theWrongPasswordLeavesTheAccountOpen() {
        Session.Opened session = world.signedIn(ann);

        Outcome<Account> outcome = closeAccount.close(new CloseAccountCommand(ann.id(), "not my password"));

        assertThat(outcome).isEqualTo(Outcome.rejected(
                Rejection.onField(IdentityRejection.WRONG_PASSWORD, "password")));
        assertThat(world.accounts.stored(ann.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(world.sessions.stored(session.session().id()).isRevoked()).isFalse();
    }

    @Test
    void closingStopsTheAccountAtOnceAndSignsItOutEverywhere() {
        Session.Opened phone = world.signedIn(ann);
        Session.Opened laptop = world.signedIn(ann);
        world.clock.advance(Duration.ofDays(1));

        Outcome<Account> outcome = closeAccount.close(new CloseAccountCommand(ann.id(), PASSWORD));

        assertThat(outcome.isAccepted()).isTrue();
        Account stored = world.accounts.stored(ann.id());
        assertThat(stored.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(stored.closedAt()).contains(world.clock.instant());
        assertThat(world.sessions.stored(phone.session().id()).revocationReason())
                .contains(RevocationReason.ACCOUNT_CLOSED);
        assertThat(world.sessions.stored(laptop.session().id()).revocationReason())
                .contains(RevocationReason.ACCOUNT_CLOSED);
    }

    @Test
    void aClosedAccountCannotSignInAgain() {
        closeAccount.close(new CloseAccountCommand(ann.id(), PASSWORD));
        SignInService signIn = new SignInService(world.accounts, world.accounts, world.attempts(),
            world.hasher, world.opener(), world.secondFactorGate(), world.unitOfWork, world.clock);

        assertThat(IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD))))
                .isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_CLOSED));
    }

    @Test
    void closingTwiceIsRefused() {
        closeAccount.close(new CloseAccountCommand(ann.id(), PASSWORD));
        world.clock.advance(Duration.ofHours(1));

        Outcome<Account> again = closeAccount.close(new CloseAccountCommand(ann.id(), PASSWORD));

        assertThat(again).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_CLOSED));
        assertThat(world.accounts.stored(ann.id()).closedAt()).contains(IdentityFixture.START);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(closeAccount.close(new CloseAccountCommand(AccountId.newId(), PASSWORD)))
                .isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
    }

    @Test
    void theLastActiveAdminCannotLeave() {
        Account admin = world.account("root@example.org", PASSWORD, Role.ADMIN);

        Outcome<Account> outcome = closeAccount.close(new CloseAccountCommand(admin.id(), PASSWORD));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.LAST_ADMIN));
        assertThat(world.accounts.stored(admin.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anAdminWithASuccessorMayLeave() {
        Account admin = world.account("root@example.org", PASSWORD, Role.ADMIN);
        world.account("heir@example.org", PASSWORD, Role.ADMIN);

        assertThat(closeAccount.close(new CloseAccountCommand(admin.id(), PASSWORD)).isAccepted()).isTrue();
    }

    @Test
    void guessingThePasswordIsThrottled() {
        for (int attempt = 0; attempt < 5; attempt++) {
            closeAccount.close(new CloseAccountCommand(ann.id(), "guess " + attempt));
        }

        Outcome<Account> outcome = closeAccount.close(new CloseAccountCommand(ann.id(), PASSWORD));

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<Account>) outcome).rejection().code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(world.accounts.stored(ann.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    }
}
