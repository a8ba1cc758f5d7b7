package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;

import java.util.Map;

/**
 * How common genres and people are in the published catalog, so that a shared rarity counts for
 * more than a shared commonplace: sharing "Drama" with a liked title says little when a third of
 * the catalog is drama, sharing a director of three films says a lot. Unknown genres and people
 * count as rare (one title).
 */
public record FeatureFrequencies(long titles, Map<GenreId, Long> titlesPerGenre, Map<PersonId, Long> titlesPerPerson) {
    public FeatureFrequencies {
        if (titles < 0) {
            throw new IllegalArgumentException("a catalog never has fewer than no titles");
        }
        titlesPerGenre = Map.copyOf(titlesPerGenre);
        titlesPerPerson = Map.copyOf(titlesPerPerson);
    }

    /** Nothing known: every genre and every person weighs the same. */
    public static FeatureFrequencies unknown() {
        return new FeatureFrequencies(0, Map.of(), Map.of());
    }

    /**
     * Inverse document frequency, smoothed so a genre every title has still counts a little:
     * {@code 1 + ln((1 + N) / (1 + n))}.
     */
    public double genreWeight(GenreId genre) {
        long n = Math.min(titlesPerGenre.getOrDefault(genre, 1L), titles);
        return 1 + Math.log((1.0 + titles) / (1.0 + Math.max(n, 0)));
    }

    /**
     * Between 0 and 1: 1 for someone credited on a single title, falling with the log of their
     * titles ({@code 1 - ln n / ln N}), so a director of ten films out of 100,000 keeps 0.8.
     */
    public double personRarity(PersonId person) {
        if (titles < 2) {
            return 1;
        }
        long n = Math.max(1, Math.min(titlesPerPerson.getOrDefault(person, 1L), titles));
        return Math.max(0.1, 1 - Math.log(n) / Math.log(titles));
    }
}
