package app.marquee.domain.recommendation.evaluation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.TitleFeatures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A made-up catalog and its viewers' favorites with planted taste clusters, the same for the same
 * parameters (one seeded {@link Random}, whose sequence Java specifies). Titles are numbered
 * 0..n-1; {@code favorites.get(v)} are viewer v's title numbers, in the order chosen.
 */
public final class SyntheticCatalog {
    private static final String[] LANGUAGES = {"en", "en", "en", "fr", "es", "ja", "ko", "it", "de"};

    public final DataSetParameters parameters;
    public final List<TitleFeatures> titles = new ArrayList<>();
    public final List<List<Integer>> favorites = new ArrayList<>();
    private final Random random;
    private final List<GenreId> genres = new ArrayList<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final double[] appeal;
    private final List<List<Integer>> clusterTitles = new ArrayList<>();

    private record Cluster(int genre, int secondGenre, int decade, String language, int[] directors, int[] writers,
                           int[] actors) {
    }

    public SyntheticCatalog(DataSetParameters parameters) {
        this.parameters = parameters;
        this.random = new Random(parameters.seed());
        this.appeal = new double[parameters.titles()];
        for (int g = 0; g < parameters.genres(); g++) {
            genres.add(new GenreId(uuid()));
        }
        for (int c = 0; c < parameters.clusters(); c++) {
            clusters.add(cluster());
            clusterTitles.add(new ArrayList<>());
        }
        for (int t = 0; t < parameters.titles(); t++) {
            titles.add(title(t));
        }
        WeightedPicker everyone = WeightedPicker.all(squared(appeal));
        List<WeightedPicker> byCluster = clusterTitles.stream().map(members -> new WeightedPicker(appeal, members)).toList();
        for (int v = 0; v < parameters.viewers(); v++) {
            favorites.add(favoritesOf(byCluster.get(random.nextInt(clusters.size())), everyone));
        }
    }

    private Cluster cluster() {
        int genre = (int) Math.floor(Math.pow(random.nextDouble(), 2) * parameters.genres());
        int second = random.nextBoolean() ? random.nextInt(parameters.genres()) : -1;
        return new Cluster(genre, second == genre ? -1 : second, 1950 + 10 * random.nextInt(8),
                LANGUAGES[random.nextInt(LANGUAGES.length)], pool(6, parameters.directors()),
                pool(6, parameters.writers()), pool(20, parameters.actors()));
    }

    private TitleFeatures title(int number) {
        appeal[number] = Math.exp(random.nextGaussian() * 1.2);
        Set<GenreId> genreIds = new HashSet<>();
        Set<CreditedPerson> people = new LinkedHashSet<>();
        int year;
        String language;
        if (random.nextDouble() < parameters.clusteredTitles()) {
            int c = random.nextInt(clusters.size());
            Cluster cluster = clusters.get(c);
            clusterTitles.get(c).add(number);
            genreIds.add(genres.get(cluster.genre()));
            if (cluster.secondGenre() >= 0 && random.nextDouble() < 0.7) {
                genreIds.add(genres.get(cluster.secondGenre()));
            }
            if (random.nextDouble() < 0.2) {
                genreIds.add(randomGenre());
            }
            people.add(person(CreditRole.DIRECTOR, pick(cluster.directors(), 0.85, parameters.directors())));
            people.add(person(CreditRole.WRITER, pick(cluster.writers(), 0.7, parameters.writers())));
            for (int a = 0; a < 4; a++) {
                people.add(person(CreditRole.ACTOR, pick(cluster.actors(), 0.7, parameters.actors())));
            }
            year = random.nextDouble() < 0.8 ? cluster.decade() + random.nextInt(10) : 1950 + random.nextInt(75);
            language = random.nextDouble() < 0.85 ? cluster.language() : LANGUAGES[random.nextInt(LANGUAGES.length)];
        } else {
            for (int g = 0; g <= random.nextInt(3); g++) {
                genreIds.add(randomGenre());
            }
            people.add(person(CreditRole.DIRECTOR, random.nextInt(parameters.directors())));
            people.add(person(CreditRole.WRITER, random.nextInt(parameters.writers())));
            for (int a = 0; a < 4; a++) {
                people.add(person(CreditRole.ACTOR, random.nextInt(parameters.actors())));
            }
            year = 1950 + random.nextInt(75);
            language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        }
        return new TitleFeatures(new TitleId(uuid()), "Title " + number, TitleStatus.PUBLISHED, genreIds, people, year,
                Set.of(new LanguageCode(language)), 0, 0);
    }

    private List<Integer> favoritesOf(WeightedPicker cluster, WeightedPicker everyone) {
        int wanted = parameters.minFavorites() + random.nextInt(parameters.maxFavorites() - parameters.minFavorites() + 1);
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int attempt = 0; chosen.size() < wanted && attempt < wanted * 20; attempt++) {
            double draw = random.nextDouble();
            if (draw < parameters.inCluster() && !cluster.isEmpty()) {
                chosen.add(cluster.pick(random));
            } else if (draw < parameters.inCluster() + parameters.popular()) {
                chosen.add(everyone.pick(random));
            } else {
                chosen.add(random.nextInt(titles.size()));
            }
        }
        return List.copyOf(chosen);
    }

    private int[] pool(int size, int of) {
        return random.ints(size, 0, of).toArray();
    }

    private int pick(int[] pool, double fromPool, int of) {
        return random.nextDouble() < fromPool ? pool[random.nextInt(pool.length)] : random.nextInt(of);
    }

    private GenreId randomGenre() {
        return genres.get(random.nextInt(genres.size()));
    }

    private static CreditedPerson person(CreditRole role, int number) {
        String name = role.name().toLowerCase() + " " + number;
        return new CreditedPerson(new PersonId(UUID.nameUUIDFromBytes(name.getBytes())), name, role);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static double[] squared(double[] values) {
        double[] squares = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            squares[i] = values[i] * values[i];
        }
        return squares;
    }
}
