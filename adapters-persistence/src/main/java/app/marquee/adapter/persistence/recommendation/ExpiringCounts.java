package app.marquee.adapter.persistence.recommendation;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Counts kept for a while: a count older than its time to live is read again. Bounded: past
 * {@value #MAX_ENTRIES} keys it starts over. Safe for concurrent callers (two may count the same
 * key at once; either answer is right).
 */
final class ExpiringCounts {
    /** The key of a count about everything (the catalog's size). */
    static final UUID ALL = new UUID(0, 0);
    private static final int MAX_ENTRIES = 10_000;
    private final long ttlNanos;
    private final Map<UUID, Counted> counts = new ConcurrentHashMap<>();

    ExpiringCounts(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The count of each key, reading those missing or stale through {@code count} in one call. */
    Map<UUID, Long> counts(Set<UUID> keys, Function<Set<UUID>, Map<UUID, Long>> count) {
        long now = System.nanoTime();
        Map<UUID, Long> known = new HashMap<>();
        Set<UUID> missing = new HashSet<>();
        for (UUID key : keys) {
            Counted counted = counts.get(key);
            if (counted != null && now - counted.at < ttlNanos) {
                known.put(key, counted.count);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            if (counts.size() > MAX_ENTRIES) {
                counts.clear();
            }
            count.apply(missing).forEach((key, value) -> {
                counts.put(key, new Counted(value, now));
                known.put(key, value);
            });
        }
        return known;
    }

    private record Counted(long count, long at) {
    }
}
