package app.marquee.domain.recommendation.evaluation;

/**
 * The shape of a synthetic data set. Most titles belong to a taste cluster (a genre or two, a
 * decade, a language, and small pools of directors, writers and actors); each viewer belongs to
 * one cluster and favorites mostly within it ({@code inCluster}), some globally popular titles
 * ({@code popular}) and the rest at random (noise).
 */
public record DataSetParameters(long seed, int titles, int genres, int clusters, int directors, int writers,
                                int actors, double clusteredTitles, int viewers, int minFavorites, int maxFavorites,
                                double inCluster, double popular) {

    /** The figures in the README. */
    public static DataSetParameters full() {
        return new DataSetParameters(20261121L, 5_000, 18, 30, 400, 400, 2_000, 0.75, 3_000, 8, 40, 0.70, 0.15);
    }

    /** Small enough for every build (well under a second of scoring). */
    public static DataSetParameters small() {
        return new DataSetParameters(7L, 800, 12, 8, 80, 80, 300, 0.75, 300, 8, 25, 0.70, 0.15);
    }

    @Override
    public String toString() {
        return "seed " + seed + ", " + titles + " titles (" + Math.round(clusteredTitles * 100) + "% in " + clusters
                + " taste clusters), " + genres + " genres, " + directors + " directors, " + writers + " writers, "
                + actors + " actors; " + viewers + " viewers with " + minFavorites + "-" + maxFavorites
                + " favorites each: " + Math.round(inCluster * 100) + "% in their cluster, "
                + Math.round(popular * 100) + "% globally popular, " + Math.round((1 - inCluster - popular) * 100)
                + "% at random";
    }
}
