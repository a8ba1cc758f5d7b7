package app.marquee.adapter.persistence.identity;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.domain.identity.account.EmailAddress;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SignInFailurePersistenceAdapterTest extends DatabaseTest {
    private static final Instant NOW = TestAccounts.now();

    @Inject
    SignInFailurePersistenceAdapter failures;

    @Test
    void theFailuresAfterAnInstantAreListedOldestFirst() {
        EmailAddress email = TestAccounts.uniqueEmail();
        failures.record(email, NOW.minus(Duration.ofMinutes(1)));
        failures.record(email, NOW.minus(Duration.ofMinutes(10)));
        failures.record(email, NOW.minus(Duration.ofMinutes(5)));
        failures.record(TestAccounts.uniqueEmail(), NOW.minus(Duration.ofMinutes(2)));

        assertThat(failures.since(email, NOW.minus(Duration.ofMinutes(15))))
                .containsExactly(NOW.minus(Duration.ofMinutes(10)), NOW.minus(Duration.ofMinutes(5)),
                        NOW.minus(Duration.ofMinutes(1)));
        assertThat(failures.since(email, NOW.minus(Duration.ofMinutes(5))))
                .containsExactly(NOW.minus(Duration.ofMinutes(1)));
    }

    @Test
    void clearingForgetsTheFailuresOfThatEmailOnly() {
        EmailAddress email = TestAccounts.uniqueEmail();
        EmailAddress other = TestAccounts.uniqueEmail();
        failures.record(email, NOW.minus(Duration.ofMinutes(3)));
        failures.record(other, NOW.minus(Duration.ofMinutes(3)));

        failures.clear(email);

        assertThat(failures.since(email, NOW.minus(Duration.ofHours(1)))).isEmpty();
        assertThat(failures.since(other, NOW.minus(Duration.ofHours(1)))).hasSize(1);
    }

    @Test
    void recordingAFailureForgetsThoseOlderThanADay() {
        EmailAddress email = TestAccounts.uniqueEmail();
        failures.record(email, NOW.minus(Duration.ofDays(2)));
        failures.record(email, NOW.minus(Duration.ofHours(23)));

        failures.record(email, NOW);

        assertThat(failures.since(email, NOW.minus(Duration.ofDays(3))))
                .containsExactly(NOW.minus(Duration.ofHours(23)), NOW);
    }
}
