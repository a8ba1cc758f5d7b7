package app.marquee.adapter.persistence.identity;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.SignInChallenge;
import app.marquee.domain.identity.twofactor.TimeStep;
import app.marquee.domain.identity.twofactor.TwoFactor;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TwoFactorPersistenceAdapterTest extends DatabaseTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TwoFactorPersistenceAdapter factors;
    @Inject
    SignInChallengePersistenceAdapter challenges;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    SessionPersistenceAdapter sessions;
    @Inject
    TransactionOperations<Connection> transactions;

    private AccountId anAccount() {
        return accounts.add(TestAccounts.user(TestAccounts.uniqueEmail())).orElseThrow(r -> new IllegalStateException(r.toString())).id();
    }

    private TwoFactor enabled(AccountId owner, Instant now) {
        TwoFactor factor = TwoFactor.enrol(owner, new SealedTotpSecret("v1.sealed-bytes"), now);
        factor.confirm(Optional.of(TimeStep.at(now)), now, RANDOM);
        factors.save(factor);
        return factor;
    }

    @Test
    void aFactorComesBackWithItsSealedSecretStepAndRecoveryCodes() {
        AccountId owner = anAccount();
        TwoFactor factor = enabled(owner, TestAccounts.now());

        TwoFactor stored = factors.byAccount(owner).orElseThrow();

        assertThat(stored).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(factor);
        assertThat(stored.recoveryCodes()).hasSize(10);
        assertThat(factors.byAccount(anAccount())).isEmpty();
    }

    @Test
    void aNewEnrolmentReplacesAPendingOneAndRemovingForgetsEverything() {
        AccountId owner = anAccount();
        Instant now = TestAccounts.now();
        factors.save(TwoFactor.enrol(owner, new SealedTotpSecret("first"), now));
        factors.save(TwoFactor.enrol(owner, new SealedTotpSecret("second"), now));

        assertThat(factors.byAccount(owner).orElseThrow().secret()).isEqualTo(new SealedTotpSecret("second"));
        factors.remove(owner);
        assertThat(factors.byAccount(owner)).isEmpty();
    }

    @Test
    void twoCodesOfOneStepCheckedAtOnceAreAcceptedOnce() throws Exception {
        AccountId owner = anAccount();
        Instant now = TestAccounts.now();
        enabled(owner, now);
        Optional<TimeStep> next = Optional.of(new TimeStep(TimeStep.at(now).value() + 1));

        Race.Result<Boolean, Boolean> race = Race.between(transactions,
                () -> accept(owner, next), () -> accept(owner, next));

        assertThat(race.secondWaited()).isTrue();
        assertThat(List.of(race.first(), race.second())).containsExactly(true, false);
    }

    @Test
    void aChallengeKeepsItsFailuresAndItsAnswer() {
        AccountId owner = anAccount();
        Instant now = TestAccounts.now();
        SignInChallenge.Issued issued = SignInChallenge.issue(owner, now, RANDOM);
        challenges.add(issued.challenge());
        SignInChallenge read = challenges.lockByDigest(TokenDigest.of(issued.secret())).orElseThrow();

        read.fail();
        read.answer(now.plusSeconds(10));
        challenges.update(read);

        assertThat(challenges.byDigest(issued.challenge().digest()).orElseThrow())
                .usingRecursiveComparison().isEqualTo(read);
    }

    @Test
    void discardingAnAccountsChallengesLeavesOtherAccountsAlone() {
        AccountId owner = anAccount();
        AccountId other = anAccount();
        Instant now = TestAccounts.now();
        SignInChallenge.Issued mine = SignInChallenge.issue(owner, now, RANDOM);
        SignInChallenge.Issued theirs = SignInChallenge.issue(other, now, RANDOM);
        challenges.add(mine.challenge());
        challenges.add(SignInChallenge.issue(owner, now, RANDOM).challenge());
        challenges.add(theirs.challenge());

        challenges.discardOf(owner);

        assertThat(challenges.byDigest(mine.challenge().digest())).isEmpty();
        assertThat(challenges.byDigest(theirs.challenge().digest())).isPresent();
    }

    @Test
    void oldChallengesAreForgottenByThePurgeNotByASignIn() {
        Instant longAgo = Instant.parse("2001-03-01T10:00:00Z");
        SignInChallenge ancient = SignInChallenge.issue(anAccount(), longAgo, RANDOM).challenge();
        challenges.add(ancient);
        SignInChallenge current = SignInChallenge.issue(anAccount(), TestAccounts.now(), RANDOM).challenge();
        challenges.add(current);

        assertThat(challenges.byDigest(ancient.digest())).isPresent();
        assertThat(challenges.forgetExpiredBefore(longAgo.plusSeconds(86_400))).isGreaterThanOrEqualTo(1);
        assertThat(challenges.byDigest(ancient.digest())).isEmpty();
        assertThat(challenges.byDigest(current.digest())).isPresent();
    }

    /**
     * A challenge answered while the password is reset: the reset's discard waits for the answer's
     * lock, so the session the answer opens is committed before the reset revokes the account's
     * sessions, and is revoked with them; it never outlives the reset.
     */
    @Test
    void aSessionOpenedByAnAnswerRacingAPasswordResetIsRevokedByIt() throws Exception {
        AccountId owner = anAccount();
        Instant now = TestAccounts.now();
        SignInChallenge.Issued issued = SignInChallenge.issue(owner, now, RANDOM);
        challenges.add(issued.challenge());

        Race.Result<Session, Integer> race = Race.between(transactions, () -> {
            SignInChallenge locked = challenges.lockByDigest(issued.challenge().digest()).orElseThrow();
            locked.answer(now);
            challenges.update(locked);
            Session.Opened opened = Session.open(owner, now, Duration.ofDays(30), RANDOM);
            sessions.open(opened.session(), opened.refreshToken().token());
            return opened.session();
        }, () -> {
            challenges.discardOf(owner);
            return sessions.revokeAll(owner, Optional.empty(), RevocationReason.PASSWORD_RESET, now.plusSeconds(1));
        });

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.second()).isEqualTo(1);
        assertThat(sessions.byId(race.first().id()).orElseThrow().revocationReason())
                .contains(RevocationReason.PASSWORD_RESET);
    }

    private boolean accept(AccountId owner, Optional<TimeStep> step) {
        TwoFactor factor = factors.lockByAccount(owner).orElseThrow();
        Outcome<TwoFactor> accepted = factor.acceptCode(step);
        if (accepted.isAccepted()) {
            factors.save(factor);
        }
        return accepted.isAccepted();
    }
}
