package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.token.AccountToken;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.identity.twofactor.SignInChallenge;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PurgeAccountRecordsServiceTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final IdentityFixture world = new IdentityFixture();
    private final PurgeAccountRecordsService purge = new PurgeAccountRecordsService(world.tokens, world.requests,
            world.challenges, world.clock);
    private final Account ann = world.account("ann@example.org", "correct horse battery staple");

    @Test
    void forgetsOnlyWhatNoRuleReadsAnyMore() {
        world.tokens.issue(AccountToken.issue(TokenPurpose.EMAIL_VERIFICATION, ann.id(), world.clock.instant(), RANDOM)
                .token());
        world.requests.record("PASSWORD_RESET", "ann@example.org", world.clock.instant());
        world.challenges.add(SignInChallenge.issue(ann.id(), world.clock.instant(), RANDOM).challenge());
        world.clock.advance(Duration.ofDays(2));
        world.tokens.issue(AccountToken.issue(TokenPurpose.PASSWORD_RESET, ann.id(), world.clock.instant(), RANDOM)
                .token());
        world.requests.record("PASSWORD_RESET", "ann@example.org", world.clock.instant());
        world.challenges.add(SignInChallenge.issue(ann.id(), world.clock.instant(), RANDOM).challenge());

        assertThat(purge.purge()).as("the old request and challenge; the day-old link is kept a week").isEqualTo(2);
        assertThat(world.requests.count()).isEqualTo(1);
        assertThat(world.challenges.count()).isEqualTo(1);
        assertThat(world.tokens.all()).hasSize(2);

        world.clock.advance(Duration.ofDays(8));
        assertThat(purge.purge()).isEqualTo(4);
        assertThat(world.tokens.all()).isEmpty();
    }
}
