package app.marquee.bootstrap.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A made-up but lifelike catalog, the same on every run (fixed seed): 16 genres, 300 people,
 * 420 films and 100 series with seasons and episodes, named in English and in French, from
 * 1950 to 2025. Nothing here is a real film or person.
 */
final class DemoCatalog {
    static final int FILMS = 420;
    static final int SERIES = 100;
    static final int PEOPLE = 300;

    record GenreSpec(String slug, String en, String fr) {
    }

    record CreditSpec(int person, String role, String character) {
    }

    record SeasonSpec(int number, int episodes) {
    }

    record TitleSpec(boolean series, String name, String originalName, String synopsis, int year, Integer runtime,
                     List<Integer> genres, String ageRating, List<CreditSpec> credits, List<String> audio,
                     List<String> subtitles, List<SeasonSpec> seasons) {
    }

    static final List<GenreSpec> GENRES = List.of(
            new GenreSpec("drama", "Drama", "Drame"), new GenreSpec("comedy", "Comedy", "Comédie"),
            new GenreSpec("thriller", "Thriller", "Thriller"), new GenreSpec("romance", "Romance", "Romance"),
            new GenreSpec("science-fiction", "Science fiction", "Science-fiction"),
            new GenreSpec("horror", "Horror", "Épouvante"), new GenreSpec("documentary", "Documentary", "Documentaire"),
            new GenreSpec("animation", "Animation", "Animation"), new GenreSpec("crime", "Crime", "Policier"),
            new GenreSpec("adventure", "Adventure", "Aventure"), new GenreSpec("fantasy", "Fantasy", "Fantastique"),
            new GenreSpec("war", "War", "Guerre"), new GenreSpec("western", "Western", "Western"),
            new GenreSpec("musical", "Musical", "Comédie musicale"), new GenreSpec("family", "Family", "Famille"),
            new GenreSpec("history", "History", "Histoire"));

    private static final String[] FIRST = {"Ada", "Bruno", "Camille", "Dev", "Elena", "Farid", "Gabrielle", "Hugo",
        "Ines", "Jonas", "Kenji", "Léa", "Marco", "Nadia", "Oscar", "Paloma", "Quentin", "Rosa", "Samir", "Tessa",
        "Ulysse", "Valérie", "Walter", "Yasmine", "Zoé"};
    private static final String[] LAST = {"Arnaud", "Bennett", "Castillo", "Dubois", "Eriksen", "Fontaine", "García",
        "Haddad", "Ishikawa", "Jansen", "Kowalski", "Lefèvre", "Moreau", "Nakamura", "Okafor", "Petit"};
    private static final String[] EN_ADJ = {"Silent", "Last", "Golden", "Broken", "Hidden", "Endless", "Crimson",
        "Quiet", "Wild", "Distant", "Frozen", "Burning"};
    private static final String[] EN_NOUN = {"Harbour", "Summer", "Garden", "Letter", "Mountain", "River", "Station",
        "Promise", "Winter", "Island", "Orchestra", "Highway", "Lighthouse", "Kingdom"};
    private static final String[] FR_NOUN = {"Été", "Jardin", "Voyage", "Secret", "Château", "Rivage", "Hiver",
        "Silence", "Destin", "Royaume", "Phare", "Orchestre"};
    private static final String[] FR_ADJ = {"Dernier", "Fabuleux", "Grand", "Petit", "Lointain", "Éternel",
        "Étrange", "Joli", "Ancien", "Nouveau"};
    private static final String[] LANGUAGES = {"en", "fr", "es", "de", "it", "ja"};
    private static final String[] RATINGS = {"U", "PG", "12", "PG-13", "16", "18"};
    private static final String[] SERIES_WORDS = {"Chronicles", "Files", "Stories", "Station", "Academy", "Dynasty"};

    private DemoCatalog() {
    }

    static List<String> people() {
        Set<String> names = new LinkedHashSet<>();
        Random random = new Random(7);
        while (names.size() < PEOPLE) {
            names.add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]
                    + (names.size() >= FIRST.length * LAST.length / 2 ? " " + (char) ('A' + random.nextInt(26)) + "." : ""));
        }
        return new ArrayList<>(names);
    }

    static List<TitleSpec> titles() {
        Random random = new Random(42);
        Set<String> used = new LinkedHashSet<>();
        List<TitleSpec> titles = new ArrayList<>();
        for (int i = 0; i < FILMS + SERIES; i++) {
            boolean series = i >= FILMS;
            boolean french = random.nextInt(3) == 0;
            String name = uniqueName(random, used, series, french);
            String original = series || french ? null : (random.nextInt(4) == 0 ? frenchName(random, "Le") : null);
            int year = 1950 + random.nextInt(76);
            List<Integer> genres = pick(random, GENRES.size(), 1 + random.nextInt(3));
            String language = french ? "fr" : LANGUAGES[random.nextInt(LANGUAGES.length)];
            List<String> subtitles = language.equals("en") ? List.of("fr") : List.of("en", "fr");
            titles.add(new TitleSpec(series, name, original, synopsis(name, year, french), year,
                    series ? null : 80 + random.nextInt(100), genres, RATINGS[random.nextInt(RATINGS.length)],
                    credits(random), List.of(language), subtitles, series ? seasons(random) : List.of()));
        }
        return titles;
    }

    private static String uniqueName(Random random, Set<String> used, boolean series, boolean french) {
        String name;
        do {
            if (series) {
                name = "The " + EN_NOUN[random.nextInt(EN_NOUN.length)] + " " + SERIES_WORDS[random.nextInt(SERIES_WORDS.length)];
            } else if (french) {
                name = frenchName(random, random.nextBoolean() ? "Le" : "Un");
            } else {
                name = "The " + EN_ADJ[random.nextInt(EN_ADJ.length)] + " " + EN_NOUN[random.nextInt(EN_NOUN.length)];
            }
            if (used.contains(name)) {
                name = name + " " + (2 + random.nextInt(4));
            }
        } while (!used.add(name));
        return name;
    }

    /** "Le Dernier Été", "L'Ancien Phare", "Un Étrange Voyage": every noun here is masculine. */
    private static String frenchName(Random random, String article) {
        String adjective = FR_ADJ[random.nextInt(FR_ADJ.length)];
        boolean elided = article.equals("Le") && "AEIOUÉÈ".indexOf(adjective.charAt(0)) >= 0;
        return (elided ? "L'" : article + " ") + adjective + " " + FR_NOUN[random.nextInt(FR_NOUN.length)];
    }

    private static String synopsis(String name, int year, boolean french) {
        return french ? "En " + year + ", une histoire qui ne ressemble à aucune autre : " + name + "."
                : "In " + year + ", a story unlike any other: " + name + ".";
    }

    private static List<CreditSpec> credits(Random random) {
        List<CreditSpec> credits = new ArrayList<>();
        credits.add(new CreditSpec(random.nextInt(40), "DIRECTOR", null));
        credits.add(new CreditSpec(40 + random.nextInt(40), "WRITER", null));
        for (int person : pick(random, PEOPLE - 80, 3 + random.nextInt(4))) {
            credits.add(new CreditSpec(80 + person, "ACTOR", FIRST[random.nextInt(FIRST.length)]));
        }
        return credits;
    }

    private static List<SeasonSpec> seasons(Random random) {
        List<SeasonSpec> seasons = new ArrayList<>();
        for (int number = 1; number <= 1 + random.nextInt(3); number++) {
            seasons.add(new SeasonSpec(number, 6 + random.nextInt(5)));
        }
        return seasons;
    }

    private static List<Integer> pick(Random random, int bound, int count) {
        Set<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(random.nextInt(bound));
        }
        return new ArrayList<>(picked);
    }
}
