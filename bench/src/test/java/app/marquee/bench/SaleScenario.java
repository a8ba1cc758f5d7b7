package app.marquee.bench;

import io.gatling.javaapi.core.ChainBuilder;

import java.util.List;

/**
 * A sale the benchmark can drive ({@code -Dscenario=flash-sale}, {@code seated-sale}): the show it
 * sells (and a smaller one to warm up on, not measured), what one client does until the sale is
 * over, and what its report says of the clients' figures. Listed in {@link #ALL}.
 */
interface SaleScenario {
    List<SaleScenario> ALL = List.of(new FlashSale(), new SeatedSale());

    static SaleScenario named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no sale scenario " + name));
    }

    static boolean exists(String name) {
        return ALL.stream().anyMatch(s -> s.name().equals(name));
    }

    String name();

    /** The show to sell, set up through the API; a small one ({@code warmUp}) for the warm-up. */
    SaleShow open(BoxOffice office, boolean warmUp) throws Exception;

    /** How many purchase attempts the clients make between them on that show (MAX_VALUE: until sold out). */
    int attempts(SaleShow show);

    /** What one client does, from its first call until it stops; its token is in the session's {@code token}. */
    ChainBuilder client(SaleRun run);

    /** Whether the run also measures the single-row limit of its PostgreSQL, to compare ({@link SingleRowLimit}). */
    default boolean comparesWithSingleRow() {
        return false;
    }

    /** Adds the sale's own figures to the report (the integrity check and the outcomes come apart). */
    void report(SaleRun run, SaleReport report);
}
