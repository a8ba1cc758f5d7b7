package app.marquee.adapter.persistence;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** Base of adapter tests: annotate the subclass with {@code @MicronautTest(transactional = false)}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }
}
