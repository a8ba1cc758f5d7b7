package app.marquee.bench;

import java.util.List;
import java.util.Random;

/**
 * Draws from a list by Zipf's law (the item of rank k about k^-s times as often as the first), as
 * words in titles and in what people type are drawn: a few very common, a long tail of rare ones.
 */
final class Zipf<T> {
    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int rank = 1; rank <= items.size(); rank++) {
            sum += Math.pow(rank, -exponent);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    T draw(Random random) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return items.get(Math.min(at < 0 ? -at - 1 : at, items.size() - 1));
    }

    int size() {
        return items.size();
    }
}
