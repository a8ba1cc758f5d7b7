package app.marquee.adapter.persistence.recommendation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringCacheTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<Set<UUID>, Map<UUID, String>> database = keys -> {
        reads.addAndGet(keys.size());
        Map<UUID, String> found = new HashMap<>();
        keys.forEach(key -> found.put(key, "value of " + key));
        return found;
    };

    @Test
    void aKeptValueIsNotReadAgainWithinItsTimeToLiveAndOnlyTheMissingKeysAreRead() {
        ExpiringCache<String> cache = new ExpiringCache<>(Duration.ofHours(1), 100);
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();

        cache.get(Set.of(one), database);
        Map<UUID, String> both = cache.get(Set.of(one, two), database);

        assertThat(both).containsOnlyKeys(one, two).containsEntry(one, "value of " + one);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aValuePastItsTimeToLiveIsReadAgain() {
        ExpiringCache<String> cache = new ExpiringCache<>(Duration.ZERO, 100);
        UUID one = UUID.randomUUID();

        cache.get(Set.of(one), database);
        cache.get(Set.of(one), database);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aForgottenKeyIsReadAgain() {
        ExpiringCache<String> cache = new ExpiringCache<>(Duration.ofHours(1), 100);
        UUID one = UUID.randomUUID();
        cache.get(Set.of(one), database);

        cache.forget(List.of(one));
        cache.get(Set.of(one), database);

        assertThat(reads).hasValue(2);
    }

    @Test
    void itNeverKeepsMoreThanItsBoundAndKeepsWhatIsAskedForOften() {
        ExpiringCache<String> cache = new ExpiringCache<>(Duration.ofHours(1), 100);
        UUID hot = UUID.randomUUID();
        for (int i = 0; i < 5_000; i++) {
            cache.get(Set.of(hot, UUID.randomUUID()), database);
        }
        int before = reads.get();

        cache.get(Set.of(hot), database);

        assertThat(cache.size()).isLessThanOrEqualTo(100);
        assertThat(reads).hasValue(before);
    }
}
