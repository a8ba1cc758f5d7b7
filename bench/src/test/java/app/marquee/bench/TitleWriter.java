package app.marquee.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Made-up titles as COPY text rows: seven in ten named in English ("The Silent River", "Night of
 * Valmora"), three in ten in French ("La Nuit du Destin"), one English title in five with a French
 * original name; one to three genres, the common ones more often; four in five films; a few drafts
 * and archived titles; languages that follow the name; a director and two or three actors.
 */
final class TitleWriter {
    static final String TITLES_COPY = "COPY titles (id, kind, status, name, original_name, synopsis, release_year, "
            + "runtime_minutes, age_rating, audio_languages, subtitle_languages, genre_ids, popularity, created_at, "
            + "updated_at) FROM STDIN";
    private static final String[] RATINGS = {"U", "PG", "12", "PG-13", "16", "18"};
    private static final String[] OTHER_LANGUAGES = {"es", "de", "it", "ja", "ko", "pt"};
    private static final String NULL = "\\N";
    private final Vocabulary words;

    TitleWriter(Vocabulary words) {
        this.words = words;
    }

    record Batch(String titles, String genres, String credits) {
    }

    Batch batch(Random random, int count, List<UUID> genreIds, List<UUID> people) {
        StringBuilder titles = new StringBuilder(count * 300);
        StringBuilder genres = new StringBuilder(count * 80);
        StringBuilder credits = new StringBuilder(count * 200);
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            boolean french = random.nextInt(10) < 3;
            boolean film = random.nextInt(5) > 0;
            int roll = random.nextInt(100);
            String status = roll < 97 ? "PUBLISHED" : roll < 99 ? "DRAFT" : "ARCHIVED";
            Set<UUID> its = new LinkedHashSet<>();
            int genreCount = 1 + random.nextInt(3);
            while (its.size() < genreCount) {
                its.add(genreIds.get(words.genres.draw(random)));
            }
            List<UUID> sorted = new ArrayList<>(its);
            sorted.sort(java.util.Comparator.comparing(UUID::toString));
            String name = french ? frenchName(random) : englishName(random);
            String original = !french && random.nextInt(5) == 0 ? frenchName(random) : NULL;
            String audio = french ? "{fr}" : random.nextInt(8) == 0 ? "{en," + other(random) + "}" : "{en}";
            String subtitles = random.nextInt(3) == 0 ? "{}" : french ? "{en,fr}" : "{en,fr," + other(random) + "}";
            titles.append(id).append('\t').append(film ? "MOVIE" : "SERIES").append('\t').append(status).append('\t')
                    .append(name).append('\t').append(original).append('\t').append(synopsis(random, french))
                    .append('\t').append(Vocabulary.year(random)).append('\t')
                    .append(film ? Integer.toString(80 + random.nextInt(100)) : NULL).append('\t')
                    .append(RATINGS[random.nextInt(RATINGS.length)]).append('\t').append(audio).append('\t')
                    .append(subtitles).append('\t').append(uuids(sorted)).append('\t')
                    .append((long) Math.floor(1_000_000 * Math.pow(random.nextDouble(), 4))).append('\t')
                    .append("2026-01-01 00:00:00+00\t2026-01-01 00:00:00+00\n");
            for (UUID genre : sorted) {
                genres.append(id).append('\t').append(genre).append('\n');
            }
            int castSize = 3 + random.nextInt(2);
            for (int position = 0; position < castSize; position++) {
                boolean director = position == 0;
                credits.append(id).append('\t').append(position).append('\t')
                        .append(people.get(random.nextInt(people.size()))).append('\t')
                        .append(director ? "DIRECTOR" : "ACTOR").append('\t')
                        .append(director ? NULL : Vocabulary.capitalised(words.names.draw(random))).append('\t')
                        .append(director ? 1 : position).append('\n');
            }
        }
        return new Batch(titles.toString(), genres.toString(), credits.toString());
    }

    private String englishName(Random random) {
        String first = Vocabulary.capitalised(words.english.draw(random));
        String second = Vocabulary.capitalised(words.english.draw(random));
        String name = Vocabulary.capitalised(words.names.draw(random));
        return switch (random.nextInt(6)) {
            case 0 -> "The " + first + " " + second;
            case 1 -> first + " of " + name;
            case 2 -> "The " + first + " of the " + second;
            case 3 -> first + " " + second;
            case 4 -> name + " " + first;
            default -> first;
        };
    }

    private String frenchName(Random random) {
        String first = Vocabulary.capitalised(words.french.draw(random));
        String second = words.french.draw(random);
        String name = Vocabulary.capitalised(words.names.draw(random));
        return switch (random.nextInt(5)) {
            case 0 -> "La " + first + " du " + second;
            case 1 -> first + " à " + name;
            case 2 -> "Le " + first + " " + second;
            case 3 -> "Les " + first + " de " + name;
            default -> first;
        };
    }

    private String synopsis(Random random, boolean french) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append(i == 0 ? "" : " ").append((french ? words.french : words.english).draw(random));
        }
        return text.append('.').toString();
    }

    private static String other(Random random) {
        return OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
    }

    private static String uuids(List<UUID> ids) {
        StringBuilder array = new StringBuilder("{");
        for (UUID id : ids) {
            array.append(array.length() > 1 ? "," : "").append(id);
        }
        return array.append('}').toString();
    }
}
