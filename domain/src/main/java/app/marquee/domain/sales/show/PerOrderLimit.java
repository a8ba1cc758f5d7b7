package app.marquee.domain.sales.show;

/**
 * The most places one order (and so one hold) may hold, every item counted: a seat counts one,
 * an area item counts its quantity. {@value #DEFAULT} unless the organiser says otherwise.
 */
public record PerOrderLimit(int max) {
    public static final int DEFAULT = 10;
    public static final int CEILING = 1000;

    public PerOrderLimit {
        if (max < 1 || max > CEILING) {
            throw new IllegalArgumentException("a per-order maximum is 1 to " + CEILING + " places");
        }
    }

    public static PerOrderLimit byDefault() {
        return new PerOrderLimit(DEFAULT);
    }

    public boolean allows(long places) {
        return places <= max;
    }
}
