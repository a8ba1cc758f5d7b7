package app.marquee.adapter.persistence.identity;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.token.AccountToken;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AccountTokenPersistenceAdapterTest extends DatabaseTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountTokenPersistenceAdapter tokens;
    @Inject
    AccountPersistenceAdapter accounts;
    @Inject
    TransactionOperations<Connection> transactions;

    private AccountId anAccount() {
        return accounts.add(TestAccounts.user(TestAccounts.uniqueEmail())).orElseThrow(r -> new IllegalStateException(r.toString())).id();
    }

    private AccountToken issue(AccountId owner, TokenPurpose purpose, Instant at) {
        AccountToken token = AccountToken.issue(purpose, owner, at, RANDOM).token();
        tokens.issue(token);
        return token;
    }

    @Test
    void aTokenComesBackAsStoredByItsDigestOnly() {
        AccountToken token = issue(anAccount(), TokenPurpose.EMAIL_VERIFICATION, TestAccounts.now());

        assertThat(tokens.byDigest(token.digest()).orElseThrow()).usingRecursiveComparison().isEqualTo(token);
        assertThat(tokens.byDigest(TokenDigest.of("never issued"))).isEmpty();
    }

    @Test
    void aTokenIsRedeemedOnceAndNotAfterItExpired() {
        AccountId owner = anAccount();
        Instant now = TestAccounts.now();
        AccountToken token = issue(owner, TokenPurpose.PASSWORD_RESET, now);
        AccountToken expired = issue(anAccount(), TokenPurpose.PASSWORD_RESET, now.minus(Duration.ofHours(1)));

        assertThat(tokens.redeem(read(token).redeem(now).orElseThrow(r -> new IllegalStateException(r.toString()))).isAccepted()).isTrue();
        assertThat(tokens.redeem(spentAt(read(token), now.plusSeconds(1))))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_RESET_TOKEN));
        assertThat(tokens.redeem(spentAt(read(expired), now)))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_RESET_TOKEN));
    }

    @Test
    void aNewTokenSpendsTheAccountsEarlierOnesOfThatPurposeOnly() {
        AccountId owner = anAccount();
        Instant now = TestAccounts.now();
        AccountToken firstLink = issue(owner, TokenPurpose.EMAIL_VERIFICATION, now);
        AccountToken reset = issue(owner, TokenPurpose.PASSWORD_RESET, now);

        issue(owner, TokenPurpose.EMAIL_VERIFICATION, now.plusSeconds(5));

        assertThat(read(firstLink).usedAt()).contains(now.plusSeconds(5));
        assertThat(read(reset).usedAt()).isEmpty();
    }

    @Test
    void issuingATokenTouchesNoOtherAccountsRowsOldTokensAreForgottenByThePurgeAlone() {
        Instant longAgo = Instant.parse("2001-03-01T10:00:00Z");
        AccountToken ancient = issue(anAccount(), TokenPurpose.PASSWORD_RESET, longAgo);
        AccountToken current = issue(anAccount(), TokenPurpose.PASSWORD_RESET, TestAccounts.now());

        assertThat(tokens.byDigest(ancient.digest())).as("a request never prunes the table").isPresent();

        assertThat(tokens.forgetExpiredBefore(longAgo.plus(Duration.ofDays(30)))).isGreaterThanOrEqualTo(1);
        assertThat(tokens.byDigest(ancient.digest())).isEmpty();
        assertThat(tokens.byDigest(current.digest())).isPresent();
    }

    @Test
    void ofTwoConcurrentRedemptionsOfOneTokenOnlyOneWins() throws Exception {
        AccountToken token = issue(anAccount(), TokenPurpose.EMAIL_VERIFICATION, TestAccounts.now());
        Instant at = TestAccounts.now().plusSeconds(1);
        AccountToken one = spentAt(read(token), at);
        AccountToken other = spentAt(read(token), at);

        Race.Result<Outcome<AccountToken>, Outcome<AccountToken>> race = Race.between(transactions,
                () -> tokens.redeem(one), () -> tokens.redeem(other));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_VERIFICATION_TOKEN));
    }

    private AccountToken read(AccountToken token) {
        return tokens.byDigest(token.digest()).orElseThrow();
    }

    /** The token as the domain spends it at {@code at}, whatever the store says. */
    private static AccountToken spentAt(AccountToken token, Instant at) {
        return AccountToken.rehydrate(token.digest(), token.purpose(), token.account(), token.issuedAt(),
                token.expiresAt(), at);
    }
}
