package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.AdministerAccountCommand;
import app.marquee.application.identity.port.in.VerifyCallerQuery.Caller;
import app.marquee.application.identity.port.in.VerifyCallerQuery.Claim;
import app.marquee.application.identity.port.out.LoadCallerStandingPort.CallerStanding;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCallerServiceTest {
    private static final String PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final VerifyCallerService verify = new VerifyCallerService((account, session) -> world.accounts.byId(account)
            .map(found -> new CallerStanding(found, world.sessions.byId(session))));

    @Test
    void anActiveAccountWithALiveSessionAndTheClaimedRoleIsLetIn() {
        Account ann = world.account("ann@example.org", PASSWORD, Role.OPERATOR);
        Session.Opened opened = world.signedIn(ann);

        Outcome<Caller> outcome = verify.verify(new Claim(ann.id(), opened.session().id(), Role.OPERATOR));

        assertThat(outcome).isEqualTo(Outcome.accepted(new Caller(ann.id(), opened.session().id(), Role.OPERATOR, false)));
    }

    @Test
    void aDisabledAccountIsStoppedAtOnce() {
        Account ann = world.account("ann@example.org", PASSWORD);
        Session.Opened opened = world.signedIn(ann);
        Account stored = world.accounts.stored(ann.id());
        stored.setDisabled(true, world.clock.instant());
        world.accounts.update(stored);

        assertThat(verify.verify(new Claim(ann.id(), opened.session().id(), Role.USER)))
                .isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_DISABLED));
    }

    @Test
    void aClosedAccountIsStoppedAtOnce() {
        Account ann = world.closedAccount("ann@example.org", PASSWORD, IdentityFixture.START);
        Session.Opened opened = world.signedIn(ann);

        assertThat(verify.verify(new Claim(ann.id(), opened.session().id(), Role.USER)))
                .isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_CLOSED));
    }

    @Test
    void aRevokedSessionIsStoppedAtOnce() {
        Account ann = world.account("ann@example.org", PASSWORD);
        Session.Opened opened = world.signedIn(ann);
        world.sessions.revokeAll(ann.id(), Optional.empty(), RevocationReason.SIGNED_OUT,
                world.clock.instant().plus(Duration.ofMinutes(1)));

        assertThat(verify.verify(new Claim(ann.id(), opened.session().id(), Role.USER)))
                .isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
    }

    @Test
    void anUnknownSessionCountsAsRevoked() {
        Account ann = world.account("ann@example.org", PASSWORD);

        assertThat(verify.verify(new Claim(ann.id(), SessionId.newId(), Role.USER)))
                .isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
    }

    @Test
    void anotherAccountsSessionIsNotAccepted() {
        Account ann = world.account("ann@example.org", PASSWORD);
        Account bob = world.account("bob@example.org", PASSWORD);
        Session.Opened bobsSession = world.signedIn(bob);

        assertThat(verify.verify(new Claim(ann.id(), bobsSession.session().id(), Role.USER)))
                .isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
    }

    @Test
    void aTokenClaimingAnOldRoleIsOutdated() {
        Account ann = world.account("ann@example.org", PASSWORD, Role.ADMIN);
        world.account("other-admin@example.org", PASSWORD, Role.ADMIN);
        Session.Opened opened = world.signedIn(ann);
        new AdministerAccountService(world.accounts, world.accounts, world.accounts, world.sessions, world.clock)
                .administer(new AdministerAccountCommand(ann.id(),
                        Optional.of(Role.USER), Optional.empty()));

        assertThat(verify.verify(new Claim(ann.id(), opened.session().id(), Role.ADMIN)))
                .isEqualTo(Outcome.rejected(IdentityRejection.TOKEN_OUTDATED));
        assertThat(verify.verify(new Claim(ann.id(), opened.session().id(), Role.USER)).isAccepted()).isTrue();
    }

    @Test
    void aTokenForAnAccountThatNoLongerExistsIsDead() {
        assertThat(verify.verify(new Claim(AccountId.newId(), SessionId.newId(), Role.USER)))
                .isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
    }
}
