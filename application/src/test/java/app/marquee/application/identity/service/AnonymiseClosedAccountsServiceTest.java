package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.PasswordHash;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymiseClosedAccountsServiceTest {
    private static final String PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final AnonymiseClosedAccountsService job = new AnonymiseClosedAccountsService(world.accounts,
            world.accounts, world.clock);
    private final Instant now = world.clock.instant();

    @Test
    void anonymisesOnlyAccountsClosedMoreThanThirtyDaysAgo() {
        Account longGone = world.closedAccount("long.gone@example.org", PASSWORD, now.minus(Duration.ofDays(31)));
        Account recent = world.closedAccount("recent@example.org", PASSWORD, now.minus(Duration.ofDays(29)));
        Account active = world.account("active@example.org", PASSWORD);

        int done = job.anonymiseDue();

        assertThat(done).isEqualTo(1);
        Account wiped = world.accounts.stored(longGone.id());
        assertThat(wiped.status()).isEqualTo(AccountStatus.ANONYMISED);
        assertThat(wiped.email().value()).isEqualTo("deleted-" + longGone.id() + "@anonymised.invalid");
        assertThat(wiped.displayName().value()).isEqualTo(Account.ANONYMISED_NAME);
        assertThat(wiped.passwordHash()).isEqualTo(PasswordHash.UNUSABLE);
        assertThat(wiped.updatedAt()).isEqualTo(now);
        assertThat(world.accounts.stored(recent.id()).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(world.accounts.stored(recent.id()).email().value()).isEqualTo("recent@example.org");
        assertThat(world.accounts.stored(active.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anAccountClosedExactlyThirtyDaysAgoIsDue() {
        Account due = world.closedAccount("due@example.org", PASSWORD, now.minus(Duration.ofDays(30)));

        assertThat(job.anonymiseDue()).isEqualTo(1);
        assertThat(world.accounts.stored(due.id()).status()).isEqualTo(AccountStatus.ANONYMISED);
    }

    @Test
    void aSecondRunFindsNothingLeftToDo() {
        world.closedAccount("long.gone@example.org", PASSWORD, now.minus(Duration.ofDays(45)));
        job.anonymiseDue();

        assertThat(job.anonymiseDue()).isZero();
    }

    @Test
    void theRecentlyClosedAccountIsAnonymisedOnceItsGraceIsOver() {
        Account recent = world.closedAccount("recent@example.org", PASSWORD, now.minus(Duration.ofDays(29)));
        assertThat(job.anonymiseDue()).isZero();

        world.clock.advance(Duration.ofDays(1));

        assertThat(job.anonymiseDue()).isEqualTo(1);
        assertThat(world.accounts.stored(recent.id()).status()).isEqualTo(AccountStatus.ANONYMISED);
    }

    @Test
    void worksInBatchesOfTwoHundred() {
        for (int i = 0; i < AnonymiseClosedAccountsService.BATCH + 1; i++) {
            world.closedAccount("gone" + i + "@example.org", PASSWORD, now.minus(Duration.ofDays(40)).plusSeconds(i));
        }

        assertThat(job.anonymiseDue()).isEqualTo(200);
        assertThat(job.anonymiseDue()).isEqualTo(1);
        assertThat(job.anonymiseDue()).isZero();
    }
}
