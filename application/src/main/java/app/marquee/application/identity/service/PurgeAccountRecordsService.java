package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.PurgeAccountRecordsUseCase;
import app.marquee.application.identity.port.out.AccountTokensPort;
import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.application.identity.port.out.ThrottledRequestsPort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One short transaction of table-wide deletes, each bounded by an index on its time column. The
 * periods kept are far beyond what any rule reads: a token's or challenge's own lifetime, the
 * longest request limit's window (an hour).
 */
@Singleton
public class PurgeAccountRecordsService implements PurgeAccountRecordsUseCase {
    static final Duration EXPIRED_TOKENS_KEPT = Duration.ofDays(7);
    static final Duration MAIL_REQUESTS_KEPT = Duration.ofDays(1);
    static final Duration EXPIRED_CHALLENGES_KEPT = Duration.ofDays(1);
    private final AccountTokensPort tokens;
    private final ThrottledRequestsPort requests;
    private final SignInChallengesPort challenges;
    private final Clock clock;

    public PurgeAccountRecordsService(AccountTokensPort tokens, ThrottledRequestsPort requests,
                                      SignInChallengesPort challenges, Clock clock) {
        this.tokens = tokens;
        this.requests = requests;
        this.challenges = challenges;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        return tokens.forgetExpiredBefore(now.minus(EXPIRED_TOKENS_KEPT))
                + requests.forgetBefore(now.minus(MAIL_REQUESTS_KEPT))
                + challenges.forgetExpiredBefore(now.minus(EXPIRED_CHALLENGES_KEPT));
    }
}
