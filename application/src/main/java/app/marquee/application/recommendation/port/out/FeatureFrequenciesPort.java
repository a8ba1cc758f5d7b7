package app.marquee.application.recommendation.port.out;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.recommendation.FeatureFrequencies;

import java.util.Set;

/**
 * How common genres and people are among published titles, so the scorer values a shared rarity
 * over a shared commonplace.
 *
 * <p>What the adapter guarantees: the number of published titles, and for each genre and person
 * asked, the number of published titles with that genre or crediting that person (in any role).
 * Figures may be a few minutes old (they move slowly; a cache is fine); a genre or person left out
 * counts as rare.
 */
public interface FeatureFrequenciesPort {
    FeatureFrequencies frequenciesOf(Set<GenreId> genres, Set<PersonId> people);
}
