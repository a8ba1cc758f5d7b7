package app.marquee.bench;

import java.sql.Connection;
import java.util.Map;
import java.util.Random;

/**
 * One kind of traffic the benchmark can drive: the requests it sends, drawn as real callers would
 * send them, the path whose server timings it reports, and what it needs in the database beyond
 * the catalog. A new scenario implements this and is listed in {@link BenchScenarios}; the
 * loading, the warm-up, Gatling and the summary stay as they are.
 */
interface BenchScenario {

    /** Its name on the command line ({@code -Dscenario=search}) and in the summary. */
    String name();

    /** The route whose server-side timings are reported, as the request log writes it. */
    String path();

    /** The next request: a path with its query string, encoded, and the caller's bearer token if any. */
    BenchRequest next(Random random);

    /**
     * Writes what the scenario needs beyond the catalog (accounts, favorites…), once, after the
     * catalog is loaded and before the warm-up. Nothing by default.
     */
    default void prepare(Connection connection, MarqueeProcess marquee) throws Exception {
    }

    /**
     * Settings Marquee runs with while the catalog is loaded and {@link #prepare} runs (its jobs at
     * a faster pace, say), on top of production's. When there are any, Marquee is started again
     * with production's own settings after {@link #prepare}, so that what is measured runs as in
     * production. None by default: one process throughout.
     */
    default Map<String, String> preparationSettings() {
        return Map.of();
    }

    record BenchRequest(String uri, String bearerToken) {
        static BenchRequest anonymous(String uri) {
            return new BenchRequest(uri, null);
        }
    }
}
