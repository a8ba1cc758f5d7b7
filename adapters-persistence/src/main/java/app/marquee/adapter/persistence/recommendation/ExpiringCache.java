package app.marquee.adapter.persistence.recommendation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Values read from the database and kept for a while, by id: a value older than its time to live
 * is read again. Bounded by its number of keys: past it, the least used keys leave first (hot ones
 * stay), and expired ones are dropped as the cache works, so it never holds more than its bound for
 * long. Safe for concurrent callers (Caffeine): the keys missing are read in one call; two callers
 * missing the same key at once may both read it, and either answer is right.
 */
final class ExpiringCache<V> {
    /** The key of a value about everything (the catalog's size). */
    static final UUID ALL = new UUID(0, 0);
    private final Cache<UUID, V> values;

    ExpiringCache(Duration ttl, int maxEntries) {
        this.values = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
    }

    /** The value of each key, reading those missing or stale through {@code read} in one call. */
    Map<UUID, V> get(Set<UUID> keys, Function<Set<UUID>, Map<UUID, V>> read) {
        return values.getAll(keys, missing -> read.apply(Set.copyOf(missing)));
    }

    /** How many values it keeps now, pending evictions done. */
    long size() {
        values.cleanUp();
        return values.estimatedSize();
    }

    /** Drops these keys: their next {@code get} reads them again. */
    void forget(Collection<UUID> keys) {
        values.invalidateAll(keys);
    }
}
