package app.marquee.adapter.persistence.identity;

import app.marquee.adapter.persistence.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MailRequestPersistenceAdapterTest extends DatabaseTest {
    @Inject
    MailRequestPersistenceAdapter requests;

    @Test
    void aRequestRecordsItsOwnRowOnlyOldOnesAreForgottenByThePurge() {
        Instant longAgo = Instant.parse("2001-03-01T10:00:00Z");
        String old = TestAccounts.uniqueEmail().value();
        String fresh = TestAccounts.uniqueEmail().value();
        requests.record("PASSWORD_RESET", old, longAgo);

        requests.record("PASSWORD_RESET", fresh, TestAccounts.now());

        assertThat(requests.lockAndListSince("PASSWORD_RESET", old, longAgo.minusSeconds(1)))
                .as("a request never prunes the table").containsExactly(longAgo);
        assertThat(requests.forgetBefore(longAgo.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(requests.lockAndListSince("PASSWORD_RESET", old, longAgo.minusSeconds(1))).isEmpty();
        assertThat(requests.lockAndListSince("PASSWORD_RESET", fresh, longAgo)).hasSize(1);
    }
}
