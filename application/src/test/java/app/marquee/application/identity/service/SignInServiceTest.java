package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.FakeAccessTokens;
import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.fakes.PlainTextHasher;
import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInServiceTest {
    private static final String PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final SignInService signIn = new SignInService(world.accounts, world.accounts, world.attempts(),
            world.hasher, world.opener(), world.secondFactorGate(), world.unitOfWork, world.clock);

    @Test
    void theRightPasswordOpensASessionAndReturnsItsTokens() {
        Account ann = world.account("ann@example.org", PASSWORD);

        SessionTokens tokens = accepted(IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD))));

        assertThat(tokens.account().id()).isEqualTo(ann.id());
        assertThat(tokens.accessToken()).contains(ann.id().toString()).contains(tokens.sessionId().toString());
        assertThat(tokens.expiresIn()).isEqualTo(FakeAccessTokens.LIFETIME);
        assertThat(tokens.refreshToken()).hasSize(43);
        Session session = world.sessions.stored(tokens.sessionId());
        assertThat(session.accountId()).isEqualTo(ann.id());
        assertThat(session.createdAt()).isEqualTo(IdentityFixture.START);
        assertThat(session.isRevoked()).isFalse();
        RefreshToken stored = world.sessions.storedToken(tokens.refreshToken());
        assertThat(stored.sessionId()).isEqualTo(tokens.sessionId());
        assertThat(stored.expiresAt()).isEqualTo(IdentityFixture.START.plus(IdentityFixture.REFRESH_TTL));
    }

    @Test
    void theEmailMayBeTypedInAnyCaseWithSpaces() {
        world.account("ann@example.org", PASSWORD);

        assertThat(IdentityFixture.tokens(signIn.signIn(new SignInCommand("  Ann@EXAMPLE.org ", PASSWORD))).isAccepted()).isTrue();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        world.account("ann@example.org", PASSWORD);
        IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", "a wrong guess number one")));
        IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", "a wrong guess number two")));
        assertThat(world.failures.of("ann@example.org")).hasSize(2);

        assertThat(IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD))).isAccepted()).isTrue();

        assertThat(world.failures.of("ann@example.org")).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswerAndBothCountAsFailures() {
        world.account("ann@example.org", PASSWORD);

        Outcome<SessionTokens> wrongPassword = IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", "not her password")));
        Outcome<SessionTokens> unknownEmail = IdentityFixture.tokens(signIn.signIn(new SignInCommand("nobody@example.org", PASSWORD)));

        assertThat(wrongPassword).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS))
                .isEqualTo(unknownEmail);
        assertThat(world.failures.of("ann@example.org")).containsExactly(IdentityFixture.START);
        assertThat(world.failures.of("nobody@example.org")).containsExactly(IdentityFixture.START);
        assertThat(world.hasher.emptyChecks()).as("an unknown e-mail still costs a hash check").isEqualTo(1);
        assertThat(world.sessions.sessionCount()).isZero();
    }

    @Test
    void aMalformedEmailIsJustWrongCredentials() {
        Outcome<SessionTokens> outcome = IdentityFixture.tokens(signIn.signIn(new SignInCommand("not an e-mail", PASSWORD)));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS));
        assertThat(world.hasher.emptyChecks()).isEqualTo(1);
    }

    @Test
    void fourFailuresStillLeaveTheFifthAttemptOpen() {
        world.account("ann@example.org", PASSWORD);
        failFor("ann@example.org", 4);

        assertThat(IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD))).isAccepted()).isTrue();
    }

    @Test
    void throttlesTheSixthAttemptAfterFiveFailuresEvenWithTheRightPassword() {
        world.account("ann@example.org", PASSWORD);
        failFor("ann@example.org", 5);
        world.clock.advance(Duration.ofMinutes(1));
        int checksBefore = world.hasher.verifications();

        Outcome<SessionTokens> sixth = IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD)));

        assertThat(sixth).isEqualTo(Outcome.rejected(
                Rejection.of(IdentityRejection.TOO_MANY_ATTEMPTS).withRetryAfter(Duration.ofMinutes(10))));
        assertThat(world.hasher.verifications()).as("a throttled attempt is not checked").isEqualTo(checksBefore);
        assertThat(world.sessions.sessionCount()).isZero();
    }

    @Test
    void throttlesGuessesAgainstAnUnknownEmailToo() {
        failFor("nobody@example.org", 5);

        Outcome<SessionTokens> sixth = IdentityFixture.tokens(signIn.signIn(new SignInCommand("nobody@example.org", PASSWORD)));

        assertThat(sixth).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.rejection().code()).isEqualTo("TOO_MANY_ATTEMPTS");
            assertThat(rejected.rejection().retryAfter()).contains(Duration.ofMinutes(11));
        });
    }

    @Test
    void signsInAgainOnceTheFailuresLeaveTheWindow() {
        world.account("ann@example.org", PASSWORD);
        failFor("ann@example.org", 5);

        world.clock.advance(Duration.ofMinutes(11));

        assertThat(IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD))).isAccepted()).isTrue();
    }

    @Test
    void aDisabledAccountWithTheRightPasswordIsToldItIsDisabled() {
        world.disabledAccount("ann@example.org", PASSWORD, Role.USER);

        Outcome<SessionTokens> outcome = IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD)));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_DISABLED));
        assertThat(world.sessions.sessionCount()).isZero();
    }

    @Test
    void aDisabledAccountWithAWrongPasswordRevealsNothing() {
        world.disabledAccount("ann@example.org", PASSWORD, Role.USER);

        Outcome<SessionTokens> outcome = IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", "not her password")));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS));
        assertThat(world.failures.of("ann@example.org")).hasSize(1);
    }

    @Test
    void aClosedAccountCannotSignIn() {
        world.closedAccount("ann@example.org", PASSWORD, IdentityFixture.START.minus(Duration.ofDays(2)));

        Outcome<SessionTokens> outcome = IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD)));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_CLOSED));
        assertThat(world.sessions.sessionCount()).isZero();
    }

    @Test
    void anAnonymisedAccountIsUnknownToSignIn() {
        Account closed = world.closedAccount("ann@example.org", PASSWORD,
                IdentityFixture.START.minus(Duration.ofDays(40)));
        closed.anonymise(IdentityFixture.START);
        world.accounts.update(closed);

        Outcome<SessionTokens> outcome = IdentityFixture.tokens(signIn.signIn(new SignInCommand(closed.email().value(), "!")));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS));
    }

    @Test
    void aLegacyHashIsReplacedOnceThePasswordIsKnown() {
        Account legacy = world.accounts.seed(Account.register(new EmailAddress("old@example.org"),
                PlainTextHasher.legacy(PASSWORD), new DisplayName("Old timer"), Language.EN, Role.USER,
                IdentityFixture.START.minus(Duration.ofDays(900))));
        world.clock.advance(Duration.ofHours(1));

        SessionTokens tokens = accepted(IdentityFixture.tokens(signIn.signIn(new SignInCommand("old@example.org", PASSWORD))));

        Account stored = world.accounts.stored(legacy.id());
        assertThat(stored.passwordHash()).isEqualTo(PlainTextHasher.current(PASSWORD));
        assertThat(stored.updatedAt()).isEqualTo(IdentityFixture.START.plus(Duration.ofHours(1)));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(tokens.account().version()).isEqualTo(1);
        assertThat(IdentityFixture.tokens(signIn.signIn(new SignInCommand("old@example.org", PASSWORD))).isAccepted()).isTrue();
        assertThat(world.accounts.stored(legacy.id()).version()).as("no second rehash").isEqualTo(1);
    }

    @Test
    void aCurrentHashIsLeftAlone() {
        Account ann = world.account("ann@example.org", PASSWORD);

        IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD)));

        assertThat(world.accounts.stored(ann.id()).version()).isZero();
        assertThat(world.hasher.hashes()).isZero();
    }

    private void failFor(String email, int times) {
        for (int i = 0; i < times; i++) {
            Outcome<SessionTokens> failed = IdentityFixture.tokens(signIn.signIn(new SignInCommand(email, "wrong guess number " + i)));
            assertThat(failed).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_CREDENTIALS));
            if (i < times - 1) {
                world.clock.advance(Duration.ofMinutes(1));
            }
        }
    }

    private static SessionTokens accepted(Outcome<SessionTokens> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException("expected a session, got " + rejection));
    }
}
