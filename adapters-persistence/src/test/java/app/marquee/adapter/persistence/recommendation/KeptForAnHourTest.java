package app.marquee.adapter.persistence.recommendation;

import app.marquee.adapter.persistence.DatabaseTest;

import java.util.HashMap;
import java.util.Map;

/**
 * A database test whose recommendation caches keep what they read for an hour (longer than any
 * test), so that a change made straight in the database shows what is kept and what is read fresh.
 */
abstract class KeptForAnHourTest extends DatabaseTest {
    protected final ViewingData data = new ViewingData();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("marquee.recommendations.frequencies-ttl", "1h");
        properties.putAll(alsoKept());
        return properties;
    }

    /** Further settings of what is kept, for a test that needs them. */
    protected Map<String, String> alsoKept() {
        return Map.of();
    }
}
