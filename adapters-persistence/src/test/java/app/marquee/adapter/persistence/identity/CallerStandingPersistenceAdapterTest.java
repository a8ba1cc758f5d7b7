package app.marquee.adapter.persistence.identity;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.application.identity.port.out.LoadCallerStandingPort.CallerStanding;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CallerStandingPersistenceAdapterTest extends DatabaseTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CallerStandingPersistenceAdapter standings;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    SessionPersistenceAdapter sessions;

    @Test
    void theAccountAndTheClaimedSessionComeBackTogetherAsStored() {
        Account zoe = TestAccounts.withEveryField(TestAccounts.uniqueEmail());
        accounts.add(zoe);
        Session.Opened opened = Session.open(zoe.id(), TestAccounts.now(), Duration.ofDays(30), RANDOM);
        sessions.open(opened.session(), opened.refreshToken().token());
        Session later = Session.rehydrate(opened.session().id(), zoe.id(), opened.session().createdAt(),
                opened.session().createdAt().plusSeconds(90), opened.session().createdAt().plusSeconds(300),
                RevocationReason.SIGNED_OUT);
        sessions.update(later);

        CallerStanding standing = standings.standing(zoe.id(), later.id()).orElseThrow();

        // Every column distinct (a closed account with a phone, verified, updated; a refreshed, revoked
        // session), so a swapped or misnamed column in the join cannot pass.
        assertThat(standing.account()).usingRecursiveComparison().isEqualTo(zoe);
        assertThat(standing.session().orElseThrow()).usingRecursiveComparison().isEqualTo(later);
    }

    @Test
    void aLiveSessionComesBackLive() {
        Account ann = anAccount();
        Session session = signIn(ann);

        CallerStanding standing = standings.standing(ann.id(), session.id()).orElseThrow();

        assertThat(standing.account()).usingRecursiveComparison().isEqualTo(accounts.byId(ann.id()).orElseThrow());
        assertThat(standing.session().orElseThrow()).usingRecursiveComparison().isEqualTo(session);
        assertThat(standing.session().orElseThrow().isRevoked()).isFalse();
    }

    @Test
    void anUnknownSessionLeavesTheAccountAloneAndAnotherAccountsSessionShowsWhose() {
        Account ann = anAccount();
        Account bob = anAccount();
        Session bobs = signIn(bob);

        assertThat(standings.standing(ann.id(), SessionId.newId()).orElseThrow().session()).isEmpty();
        assertThat(standings.standing(ann.id(), bobs.id()).orElseThrow().session().orElseThrow().accountId())
                .isEqualTo(bob.id());
    }

    @Test
    void anUnknownAccountHasNoStanding() {
        Session bobs = signIn(anAccount());

        assertThat(standings.standing(AccountId.newId(), bobs.id())).isEmpty();
    }

    private Account anAccount() {
        Account account = TestAccounts.user(TestAccounts.uniqueEmail());
        accounts.add(account);
        return account;
    }

    private Session signIn(Account account) {
        Session.Opened opened = Session.open(account.id(), TestAccounts.now(), Duration.ofDays(30), RANDOM);
        sessions.open(opened.session(), opened.refreshToken().token());
        return opened.session();
    }
}
