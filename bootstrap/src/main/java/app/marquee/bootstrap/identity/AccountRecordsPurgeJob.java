package app.marquee.bootstrap.identity;

import app.marquee.application.identity.port.in.PurgeAccountRecordsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets expired mailed tokens, old e-mail requests and expired sign-in challenges, every account
 * at once. Done here rather than by the requests themselves, so a password-reset request for a
 * known address and one for an unknown address do the same work and take the same time. Several
 * instances may run it at once: a delete of rows already gone deletes nothing.
 */
@Singleton
public class AccountRecordsPurgeJob {
    private static final Logger LOG = LoggerFactory.getLogger(AccountRecordsPurgeJob.class);
    private final PurgeAccountRecordsUseCase purge;

    public AccountRecordsPurgeJob(PurgeAccountRecordsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${marquee.jobs.account-records-purge-interval:1h}", initialDelay = "2m")
    public void run() {
        int forgotten = purge.purge();
        if (forgotten > 0) {
            LOG.info("Forgot {} expired account tokens, e-mail requests and sign-in challenges", forgotten);
        }
    }
}
