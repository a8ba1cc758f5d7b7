package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.sales.order.OrderRequestKey;
import app.marquee.domain.sales.order.RecordedRefusal;
import app.marquee.domain.sales.order.RequestFingerprint;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OrderRequestKeyPersistenceAdapterTest extends DatabaseTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    static final RequestFingerprint REQUEST = new RequestFingerprint("hold=h1;card=VISA-4242-12/2030");
    @Inject
    OrderRequestKeyPersistenceAdapter keys;

    /** Old keys: a month back, so the purge's horizon touches no other test's keys (written now). */
    @Test
    void thePurgeForgetsDoneAndAbandonedKeysPastTheHorizonAndKeepsTheRest() {
        AccountId caller = new AccountId(UUID.randomUUID());
        Instant monthAgo = NOW.minus(30, ChronoUnit.DAYS);
        Instant horizon = NOW.minus(29, ChronoUnit.DAYS);
        IdempotencyKey oldDone = claimed(caller, "old-done", monthAgo);
        keys.refuse(caller, oldDone, monthAgo, new RecordedRefusal("PAYMENT_DECLINED", Optional.empty()), monthAgo);
        IdempotencyKey oldReleased = claimed(caller, "old-released", monthAgo);
        keys.release(caller, oldReleased, monthAgo);
        IdempotencyKey oldLeft = claimed(caller, "old-left-by-a-crash", monthAgo);
        IdempotencyKey recentDone = claimed(caller, "recent-done", horizon.plusSeconds(60));
        keys.refuse(caller, recentDone, horizon.plusSeconds(60), new RecordedRefusal("PAYMENT_DECLINED",
                Optional.empty()), horizon.plusSeconds(60));
        IdempotencyKey recentReleased = claimed(caller, "recent-released", horizon.plus(2, ChronoUnit.MINUTES));
        keys.release(caller, recentReleased, horizon.plus(2, ChronoUnit.MINUTES));

        assertThat(keys.purgeDoneBefore(horizon)).isGreaterThanOrEqualTo(1);
        assertThat(keys.purgeAbandonedBefore(horizon)).isGreaterThanOrEqualTo(2);

        assertThat(keys.find(caller, oldDone)).isEmpty();
        assertThat(keys.find(caller, oldReleased)).isEmpty();
        assertThat(keys.find(caller, oldLeft)).isEmpty();
        assertThat(keys.find(caller, recentDone)).isPresent();
        assertThat(keys.find(caller, recentReleased)).get()
                .extracting(OrderRequestKey::state).isEqualTo(OrderRequestKey.State.IN_PROGRESS);
    }

    private IdempotencyKey claimed(AccountId caller, String name, Instant at) {
        IdempotencyKey key = new IdempotencyKey(name + "-" + UUID.randomUUID());
        assertThat(keys.claim(caller, key, REQUEST, at)).isEmpty();
        return key;
    }

    @Test
    void ofTenRequestsRacingWithOneKeyExactlyOneClaimsItAndTheOthersSeeItInUse() throws Exception {
        AccountId caller = new AccountId(UUID.randomUUID());
        IdempotencyKey key = new IdempotencyKey("race-" + UUID.randomUUID());
        ExecutorService threads = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<OrderRequestKey>>> claims = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                claims.add(threads.submit(() -> {
                    start.await();
                    return keys.claim(caller, key, REQUEST, NOW);
                }));
            }
            start.countDown();
            List<Optional<OrderRequestKey>> results = new ArrayList<>();
            for (Future<Optional<OrderRequestKey>> claim : claims) {
                results.add(claim.get());
            }
            assertThat(results.stream().filter(Optional::isEmpty)).hasSize(1);
            assertThat(results.stream().flatMap(Optional::stream))
                    .hasSize(9).allSatisfy(known -> assertThat(known.verdictFor(REQUEST, NOW))
                            .isEqualTo(OrderRequestKey.Verdict.IN_USE));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aStaleKeyIsTakenOverOnceAndAReleasedOneKeptForTheSameRequestOnly() {
        AccountId caller = new AccountId(UUID.randomUUID());
        IdempotencyKey key = new IdempotencyKey("stale-" + UUID.randomUUID());
        keys.claim(caller, key, REQUEST, NOW);
        OrderRequestKey stale = keys.claim(caller, key, REQUEST, NOW.plusSeconds(61)).orElseThrow();
        Instant later = NOW.plusSeconds(61);

        assertThat(stale.verdictFor(REQUEST, later)).isEqualTo(OrderRequestKey.Verdict.TAKE_OVER);
        assertThat(keys.takeOver(caller, key, stale.updatedAt(), later)).isTrue();
        assertThat(keys.takeOver(caller, key, stale.updatedAt(), later)).as("the second taker").isFalse();

        keys.release(caller, key, later);
        OrderRequestKey released = keys.claim(caller, key, REQUEST, later).orElseThrow();
        assertThat(released.verdictFor(REQUEST, later)).as("the same request, at once").isEqualTo(OrderRequestKey.Verdict.TAKE_OVER);
        assertThat(released.verdictFor(new RequestFingerprint("hold=h2;card=VISA-4242-12/2030"), later))
                .isEqualTo(OrderRequestKey.Verdict.REUSED);
    }

    @Test
    void aRefusalIsKeptWithWhatItNamedAndOutlivesARelease() {
        AccountId caller = new AccountId(UUID.randomUUID());
        IdempotencyKey key = new IdempotencyKey("declined-" + UUID.randomUUID());
        keys.claim(caller, key, REQUEST, NOW);
        keys.refuse(caller, key, NOW, new RecordedRefusal(PaymentRejection.PAYMENT_DECLINED.name(),
                Optional.of("INSUFFICIENT_FUNDS")), NOW);
        keys.release(caller, key, NOW);

        OrderRequestKey done = keys.claim(caller, key, REQUEST, NOW).orElseThrow();

        assertThat(done.state()).isEqualTo(OrderRequestKey.State.DONE);
        assertThat(done.refusal().orElseThrow().toRejection().subjects()).containsExactly("INSUFFICIENT_FUNDS");
        assertThat(keys.claim(new AccountId(UUID.randomUUID()), key, REQUEST, NOW)).as("scoped to its caller").isEmpty();
    }

    @Test
    void aRequestWhoseKeyWasTakenOverNeitherReleasesNorFinishesTheNewerOnesKey() {
        AccountId caller = new AccountId(UUID.randomUUID());
        IdempotencyKey key = new IdempotencyKey("overtaken-" + UUID.randomUUID());
        keys.claim(caller, key, REQUEST, NOW);
        Instant later = NOW.plusSeconds(61);
        assertThat(keys.takeOver(caller, key, NOW, later)).isTrue();

        keys.refuse(caller, key, NOW, new RecordedRefusal(PaymentRejection.PAYMENT_FAILED.name(), Optional.empty()), later);
        keys.release(caller, key, NOW);

        OrderRequestKey kept = keys.claim(caller, key, REQUEST, later).orElseThrow();
        assertThat(kept.state()).as("still the newer request's").isEqualTo(OrderRequestKey.State.IN_PROGRESS);
        assertThat(kept.updatedAt()).isEqualTo(later);
        keys.refuse(caller, key, later, new RecordedRefusal(PaymentRejection.PAYMENT_FAILED.name(), Optional.empty()),
                later.plusSeconds(1));
        assertThat(keys.claim(caller, key, REQUEST, later).orElseThrow().state()).isEqualTo(OrderRequestKey.State.DONE);
    }
}
