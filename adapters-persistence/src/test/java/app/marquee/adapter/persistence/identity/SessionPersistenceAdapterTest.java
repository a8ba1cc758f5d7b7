package app.marquee.adapter.persistence.identity;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.IssuedRefreshToken;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SessionPersistenceAdapterTest extends DatabaseTest {
    private static final Duration TTL = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SessionPersistenceAdapter sessions;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void anOpenedSessionAndItsFirstTokenComeBackAsStored() {
        AccountId owner = anAccount();
        Session.Opened opened = open(owner, TestAccounts.now());

        assertThat(sessions.byId(opened.session().id()).orElseThrow())
                .usingRecursiveComparison().isEqualTo(opened.session());
        assertThat(sessions.tokenByDigest(opened.refreshToken().token().digest()).orElseThrow())
                .usingRecursiveComparison().isEqualTo(opened.refreshToken().token());
        assertThat(sessions.ofAccount(owner)).extracting(Session::id).containsExactly(opened.session().id());
    }

    @Test
    void nothingIsFoundForAnUnknownSessionOrToken() {
        assertThat(sessions.byId(SessionId.newId())).isEmpty();
        assertThat(sessions.tokenByDigest(TokenDigest.of("never issued"))).isEmpty();
        assertThat(sessions.ofAccount(AccountId.newId())).isEmpty();
    }

    @Test
    void aRotationRetiresTheUsedTokenAndStoresTheNext() {
        Session.Opened opened = open(anAccount(), TestAccounts.now());
        Instant later = TestAccounts.now().plusSeconds(60);
        Rotation rotation = Rotation.read(sessions, opened, later);

        assertThat(sessions.rotate(rotation.session, rotation.used, rotation.next.token()))
                .isEqualTo(Outcome.accepted(rotation.session));

        assertThat(storedToken(opened.refreshToken()).usedAt()).contains(later);
        assertThat(storedToken(rotation.next).usedAt()).isEmpty();
        assertThat(sessions.byId(opened.session().id()).orElseThrow().lastRefreshedAt()).isEqualTo(later);
    }

    @Test
    void aTokenUsedByAnotherRequestIsRefusedAsReusedAndNothingIsWritten() {
        Session.Opened opened = open(anAccount(), TestAccounts.now());
        Instant first = TestAccounts.now().plusSeconds(60);
        Rotation one = Rotation.read(sessions, opened, first);
        Rotation other = Rotation.read(sessions, opened, first.plusSeconds(1));

        assertThat(sessions.rotate(one.session, one.used, one.next.token()).isAccepted()).isTrue();
        assertThat(sessions.rotate(other.session, other.used, other.next.token()))
                .isEqualTo(Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED));

        assertThat(sessions.tokenByDigest(other.next.token().digest())).isEmpty();
        assertThat(storedToken(opened.refreshToken()).usedAt()).contains(first);
        assertThat(sessions.byId(opened.session().id()).orElseThrow().lastRefreshedAt()).isEqualTo(first);
    }

    @Test
    void ofTwoConcurrentRotationsWithOneTokenOnlyTheFirstGoesThrough() throws Exception {
        Session.Opened opened = open(anAccount(), TestAccounts.now());
        Instant first = TestAccounts.now().plusSeconds(60);
        Rotation one = Rotation.read(sessions, opened, first);
        Rotation other = Rotation.read(sessions, opened, first.plusSeconds(1));

        Race.Result<Outcome<Session>, Outcome<Session>> race = Race.between(transactions,
                () -> sessions.rotate(one.session, one.used, one.next.token()),
                () -> sessions.rotate(other.session, other.used, other.next.token()));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED));
        assertThat(sessions.tokenByDigest(one.next.token().digest())).isPresent();
        assertThat(sessions.tokenByDigest(other.next.token().digest())).isEmpty();
    }

    @Test
    void aRevokedSessionStaysRevokedWithItsFirstReason() {
        Session.Opened opened = open(anAccount(), TestAccounts.now());
        Session signedOut = sessions.byId(opened.session().id()).orElseThrow();
        Session staleLive = sessions.byId(opened.session().id()).orElseThrow();
        Session revokedLater = sessions.byId(opened.session().id()).orElseThrow();
        Instant signOut = TestAccounts.now().plusSeconds(5);
        signedOut.revoke(RevocationReason.SIGNED_OUT, signOut);
        revokedLater.revoke(RevocationReason.PASSWORD_CHANGED, signOut.plusSeconds(5));

        sessions.update(signedOut);
        sessions.update(staleLive);
        sessions.update(revokedLater);

        Session stored = sessions.byId(opened.session().id()).orElseThrow();
        assertThat(stored.revokedAt()).contains(signOut);
        assertThat(stored.revocationReason()).contains(RevocationReason.SIGNED_OUT);
    }

    @Test
    void revokingAllSessionsOfAnAccountSparesTheOneKeptAndOtherAccounts() {
        AccountId owner = anAccount();
        Instant opening = TestAccounts.now();
        Session kept = open(owner, opening).session();
        Session second = open(owner, opening.plusSeconds(1)).session();
        Session third = open(owner, opening.plusSeconds(2)).session();
        Session signedOut = open(owner, opening.plusSeconds(3)).session();
        signedOut.revoke(RevocationReason.SIGNED_OUT, opening.plusSeconds(4));
        sessions.update(signedOut);
        Session someoneElses = open(anAccount(), opening).session();
        Instant now = opening.plusSeconds(10);

        int revoked = sessions.revokeAll(owner, Optional.of(kept.id()), RevocationReason.PASSWORD_CHANGED, now);

        assertThat(revoked).isEqualTo(2);
        assertThat(stored(kept).isRevoked()).isFalse();
        assertThat(stored(second).revocationReason()).contains(RevocationReason.PASSWORD_CHANGED);
        assertThat(stored(third).revokedAt()).contains(now);
        assertThat(stored(signedOut).revocationReason()).contains(RevocationReason.SIGNED_OUT);
        assertThat(stored(someoneElses).isRevoked()).isFalse();
        assertThat(sessions.revokeAll(owner, Optional.empty(), RevocationReason.ACCOUNT_CLOSED, now)).isEqualTo(1);
        assertThat(stored(kept).revocationReason()).contains(RevocationReason.ACCOUNT_CLOSED);
    }

    private AccountId anAccount() {
        Account account = TestAccounts.user(TestAccounts.uniqueEmail());
        accounts.add(account);
        return account.id();
    }

    private Session.Opened open(AccountId owner, Instant now) {
        Session.Opened opened = Session.open(owner, now, TTL, RANDOM);
        sessions.open(opened.session(), opened.refreshToken().token());
        return opened;
    }

    private Session stored(Session session) {
        return sessions.byId(session.id()).orElseThrow();
    }

    private RefreshToken storedToken(IssuedRefreshToken issued) {
        return sessions.tokenByDigest(issued.token().digest()).orElseThrow();
    }

    /** What one refresh request does before saving: read the session and token, and rotate in memory. */
    private record Rotation(Session session, RefreshToken used, IssuedRefreshToken next) {
        static Rotation read(SessionPersistenceAdapter sessions, Session.Opened opened, Instant now) {
            Session session = sessions.byId(opened.session().id()).orElseThrow();
            RefreshToken presented = sessions.tokenByDigest(opened.refreshToken().token().digest()).orElseThrow();
            Outcome<IssuedRefreshToken> next = session.rotate(presented, now, TTL, RANDOM);
            return new Rotation(session, presented, ((Outcome.Accepted<IssuedRefreshToken>) next).value());
        }
    }
}
