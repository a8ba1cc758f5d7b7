package app.marquee.adapter.persistence.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.TitleFeatures;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads what the scorer knows of many titles at once, in two statements (the titles' rows, then
 * their credits with the people's names), whatever their status: callers decide what they may see.
 * Read through {@link CandidateFeatures}, which keeps them per instance.
 */
@Singleton
class TitleFeaturesReader {
    private final RecommendationRepository repository;

    TitleFeaturesReader(RecommendationRepository repository) {
        this.repository = repository;
    }

    Map<TitleId, TitleFeatures> featuresOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String[] wanted = ids.stream().map(UUID::toString).toArray(String[]::new);
        return featuresOf(wanted, repository.creditsOf(wanted));
    }

    private Map<TitleId, TitleFeatures> featuresOf(String[] wanted, List<CreditedRow> creditRows) {
        Map<UUID, Set<CreditedPerson>> credits = new HashMap<>();
        for (CreditedRow row : creditRows) {
            credits.computeIfAbsent(row.titleId(), id -> new HashSet<>()).add(new CreditedPerson(
                    new PersonId(row.personId()), row.name(), CreditRole.valueOf(row.role())));
        }
        Map<TitleId, TitleFeatures> features = new HashMap<>();
        for (FeatureRow row : repository.featuresOf(wanted)) {
            TitleId id = new TitleId(row.id());
            features.put(id, new TitleFeatures(id, row.name(), TitleStatus.valueOf(row.status()),
                    Arrays.stream(row.genreIds()).map(g -> new GenreId(UUID.fromString(g))).collect(Collectors.toSet()),
                    credits.getOrDefault(row.id(), Set.of()), row.releaseYear(),
                    Arrays.stream(row.audioLanguages()).map(LanguageCode::new).collect(Collectors.toSet()),
                    row.popularity(), row.favoriteCount()));
        }
        return features;
    }
}
