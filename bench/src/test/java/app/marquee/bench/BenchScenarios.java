package app.marquee.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The scenarios {@code -Dscenario=} can name. The catalog's: {@code search} (words, a genre and a
 * year, the target), {@code words} (words alone) and {@code browse} (no words: the whole
 * catalog, one genre or one year, facets included). The machine's: {@code genres} (the list of genres,
 * about the cheapest anonymous request there is: how many requests per second Marquee, PostgreSQL and
 * Gatling can serve between them on these cores when a request does next to nothing; the catalog's size
 * does not matter to it, so run it on the smallest). The viewer's: {@code recommendations}
 * ({@link RecommendationScenario}: signed-in viewers with 50 favorites each, among a crowd keeping
 * ten favorites per title, the other target).
 */
final class BenchScenarios {
    private static final Vocabulary WORDS = new Vocabulary();
    private static final String TITLES = "/api/v1/titles";
    private static final String GENRES = "/api/v1/genres";

    static final List<BenchScenario> ALL = List.of(
            scenario("search", TITLES, random -> TITLES + "?q=" + word(random) + "&genre=" + genre(random)
                    + "&year=" + Vocabulary.year(random)),
            scenario("words", TITLES, random -> TITLES + "?q=" + word(random)),
            scenario("browse", TITLES, random -> switch (random.nextInt(4)) {
                case 0, 1 -> TITLES;
                case 2 -> TITLES + "?genre=" + genre(random);
                default -> TITLES + "?year=" + Vocabulary.year(random);
            }),
            scenario("genres", GENRES, random -> GENRES),
            new RecommendationScenario());

    private BenchScenarios() {
    }

    static BenchScenario named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no scenario " + name + "; known: "
                        + ALL.stream().map(BenchScenario::name).toList()));
    }

    /**
     * A word as people type one: half the time a name (a place, a hero: what one searches a given
     * title by), else a common word, English three times in four, French otherwise.
     */
    private static String word(Random random) {
        int roll = random.nextInt(8);
        String word = roll < 4 ? WORDS.names.draw(random)
                : roll < 7 ? WORDS.english.draw(random) : WORDS.french.draw(random);
        return URLEncoder.encode(word, StandardCharsets.UTF_8);
    }

    private static String genre(Random random) {
        return Vocabulary.GENRES.get(WORDS.genres.draw(random))[0];
    }

    private interface Uris {
        String next(Random random);
    }

    private static BenchScenario scenario(String name, String path, Uris uris) {
        return new BenchScenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public BenchRequest next(Random random) {
                return BenchRequest.anonymous(uris.next(random));
            }
        };
    }
}
