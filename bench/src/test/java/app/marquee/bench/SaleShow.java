package app.marquee.bench;

/**
 * A show on sale, as the buyers need it: its id, its one price tier, and its general-admission
 * area when it has one ({@code null} for a seated show); {@code capacity} places in all.
 */
record SaleShow(String id, String tierId, String areaId, int capacity) {
}
