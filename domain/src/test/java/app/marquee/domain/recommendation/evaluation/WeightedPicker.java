package app.marquee.domain.recommendation.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Draws title numbers with probability proportional to a weight (cumulative sums, binary search). */
final class WeightedPicker {
    private final int[] members;
    private final double[] cumulative;

    WeightedPicker(double[] weights, List<Integer> members) {
        this.members = members.stream().mapToInt(Integer::intValue).toArray();
        this.cumulative = new double[this.members.length];
        double sum = 0;
        for (int i = 0; i < this.members.length; i++) {
            sum += weights[this.members[i]];
            cumulative[i] = sum;
        }
    }

    /** Every title, each as likely as its weight. */
    static WeightedPicker all(double[] weights) {
        return new WeightedPicker(weights, IntStream.range(0, weights.length).boxed().toList());
    }

    boolean isEmpty() {
        return members.length == 0;
    }

    int pick(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, target);
        return members[Math.min(at >= 0 ? at : -at - 1, members.length - 1)];
    }
}
