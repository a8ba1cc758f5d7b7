package app.marquee.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * What the made-up catalog is written with, shared by the loader and the load (so searches find
 * what a real audience would: common words often, rare names seldom): English and French title
 * words by frequency, invented proper names (places, heroes) for the long tail, genres by how
 * common they are, and release years weighted towards recent ones.
 */
final class Vocabulary {
    /** Slug, English and French name, most common first. */
    static final List<String[]> GENRES = List.of(
            new String[]{"drama", "Drama", "Drame"}, new String[]{"comedy", "Comedy", "Comédie"},
            new String[]{"thriller", "Thriller", "Thriller"}, new String[]{"documentary", "Documentary", "Documentaire"},
            new String[]{"romance", "Romance", "Romance"}, new String[]{"crime", "Crime", "Policier"},
            new String[]{"action", "Action", "Action"}, new String[]{"horror", "Horror", "Épouvante"},
            new String[]{"family", "Family", "Famille"}, new String[]{"adventure", "Adventure", "Aventure"},
            new String[]{"animation", "Animation", "Animation"}, new String[]{"science-fiction", "Science fiction",
                "Science-fiction"}, new String[]{"fantasy", "Fantasy", "Fantastique"},
            new String[]{"mystery", "Mystery", "Mystère"}, new String[]{"history", "History", "Histoire"},
            new String[]{"music", "Music", "Musique"}, new String[]{"war", "War", "Guerre"},
            new String[]{"biography", "Biography", "Biographie"}, new String[]{"western", "Western", "Western"},
            new String[]{"musical", "Musical", "Comédie musicale"});
    static final int FIRST_YEAR = 1920;
    static final int LAST_YEAR = 2026;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "dor", "sa", "tel", "mar", "no", "bri",
        "zan", "qui", "ul", "fe", "gon", "ris", "ta", "val", "ne", "or", "sil", "lia", "ber", "cas", "thi", "mon",
        "dre", "pa", "vi"};

    final Zipf<String> english;
    final Zipf<String> french;
    final Zipf<String> names;
    final Zipf<Integer> genres;

    Vocabulary() {
        // Flatter than natural language: these lists hold a few hundred words where a real catalog
        // has tens of thousands, so the commonest still ends up in about one title in twenty.
        this.english = new Zipf<>(words("/words-en.txt"), 0.5);
        this.french = new Zipf<>(words("/words-fr.txt"), 0.5);
        this.names = new Zipf<>(inventedNames(20_000), 0.6);
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < GENRES.size(); i++) {
            ranks.add(i);
        }
        this.genres = new Zipf<>(ranks, 0.8);
    }

    /** A release year: any from 1920, with the recent decades far more common (as in a real catalog). */
    static int year(Random random) {
        double u = random.nextDouble();
        return LAST_YEAR - (int) Math.floor((LAST_YEAR - FIRST_YEAR + 1) * u * u);
    }

    private static List<String> inventedNames(int count) {
        Random random = new Random(11);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            StringBuilder name = new StringBuilder();
            int parts = 2 + random.nextInt(2);
            for (int i = 0; i < parts; i++) {
                name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            names.add(name.toString());
        }
        return new ArrayList<>(names);
    }

    private static List<String> words(String resource) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Vocabulary.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
