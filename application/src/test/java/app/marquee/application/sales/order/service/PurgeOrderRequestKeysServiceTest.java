package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.fakes.InMemoryRequestKeys;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.sales.order.KeyRetention;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.RequestFingerprint;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PurgeOrderRequestKeysServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final RequestFingerprint REQUEST = new RequestFingerprint("hold=h1;card=VISA-4242-12/2030");
    private final InMemoryRequestKeys keys = new InMemoryRequestKeys();
    private final PurgeOrderRequestKeysService purge = new PurgeOrderRequestKeysService(keys, KeyRetention.DEFAULT,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final AccountId buyer = AccountId.newId();

    @Test
    void keysOlderThanTheRetentionGoWhetherDoneOrAbandonedAndYoungerOnesStay() {
        Instant old = NOW.minus(KeyRetention.DEFAULT.kept()).minus(Duration.ofMinutes(5));
        Instant young = NOW.minus(KeyRetention.DEFAULT.kept()).plus(Duration.ofMinutes(5));
        IdempotencyKey oldDone = done("old-done", old);
        keys.abandoned(buyer, new IdempotencyKey("old-abandoned"), REQUEST, old);
        IdempotencyKey youngDone = done("young-done", young);
        keys.abandoned(buyer, new IdempotencyKey("young-abandoned"), REQUEST, young);

        assertThat(purge.purge()).isEqualTo(2);

        assertThat(keys.find(buyer, oldDone)).isEmpty();
        assertThat(keys.find(buyer, new IdempotencyKey("old-abandoned"))).isEmpty();
        assertThat(keys.find(buyer, youngDone)).isPresent();
        assertThat(keys.find(buyer, new IdempotencyKey("young-abandoned"))).isPresent();
    }

    private IdempotencyKey done(String name, Instant at) {
        IdempotencyKey key = new IdempotencyKey(name);
        assertThat(keys.claim(buyer, key, REQUEST, at)).isEmpty();
        keys.fulfil(buyer, key, at, OrderId.newId(), at);
        return key;
    }
}
