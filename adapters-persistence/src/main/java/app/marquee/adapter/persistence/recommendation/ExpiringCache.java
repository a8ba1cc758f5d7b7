package app.marquee.adapter.persistence.recommendation;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from the database and kept for a while, by id: a value older than its time to live
 * is read again. Bounded: past its maximum number of keys it starts over. Safe for concurrent
 * callers (two may read the same key at once; either answer is right).
 */
final class ExpiringCache<V> {
    /** The key of a value about everything (the catalog's size). */
    static final UUID ALL = new UUID(0, 0);
    private final long ttlNanos;
    private final int maxEntries;
    private final Map<UUID, Kept<V>> values = new ConcurrentHashMap<>();

    ExpiringCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The value of each key, reading those missing or stale through {@code read} in one call. */
    Map<UUID, V> get(Set<UUID> keys, Function<Set<UUID>, Map<UUID, V>> read) {
        long now = System.nanoTime();
        Map<UUID, V> known = new HashMap<>();
        Set<UUID> missing = new HashSet<>();
        for (UUID key : keys) {
            Kept<V> kept = values.get(key);
            if (kept != null && now - kept.at < ttlNanos) {
                known.put(key, kept.value);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            if (values.size() > maxEntries) {
                values.clear();
            }
            read.apply(missing).forEach((key, value) -> {
                values.put(key, new Kept<>(value, now));
                known.put(key, value);
            });
        }
        return known;
    }

    /** Drops these keys: their next {@code get} reads them again. */
    void forget(Collection<UUID> keys) {
        keys.forEach(values::remove);
    }

    private record Kept<V>(V value, long at) {
    }
}
