package app.marquee.bootstrap.identity;

import app.marquee.application.identity.port.in.AnonymiseClosedAccountsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anonymises closed accounts once their 30-day grace period is over. Each run takes batches
 * until none is left; rows are claimed with SKIP LOCKED, so several instances can run it at once.
 */
@Singleton
public class AccountAnonymisationJob {
    private static final Logger LOG = LoggerFactory.getLogger(AccountAnonymisationJob.class);
    private final AnonymiseClosedAccountsUseCase anonymise;

    public AccountAnonymisationJob(AnonymiseClosedAccountsUseCase anonymise) {
        this.anonymise = anonymise;
    }

    @Scheduled(fixedDelay = "${marquee.jobs.anonymisation-interval:1h}", initialDelay = "1m")
    public void run() {
        int total = 0;
        int batch;
        do {
            batch = anonymise.anonymiseDue();
            total += batch;
        } while (batch > 0);
        if (total > 0) {
            LOG.info("Anonymised {} closed accounts", total);
        }
    }
}
