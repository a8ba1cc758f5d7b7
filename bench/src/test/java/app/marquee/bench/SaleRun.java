package app.marquee.bench;

/**
 * One phase of a sale (the warm-up, then the sale measured): a name for Gatling's report, the show
 * the clients buy from (set up before Gatling starts, so read when the clients run), and what they saw.
 */
final class SaleRun {
    private final String label;
    private final SaleCounts counts;
    private volatile SaleShow show;

    SaleRun(String label) {
        this.label = label;
        this.counts = new SaleCounts();
    }

    String label() {
        return label;
    }

    SaleCounts counts() {
        return counts;
    }

    SaleShow show() {
        if (show == null) {
            throw new IllegalStateException("no show set up for " + label);
        }
        return show;
    }

    /** The show is on sale; the clients make at most {@code attempts} purchase attempts on it. */
    void open(SaleShow opened, int attempts) {
        counts.limit(attempts);
        this.show = opened;
    }
}
