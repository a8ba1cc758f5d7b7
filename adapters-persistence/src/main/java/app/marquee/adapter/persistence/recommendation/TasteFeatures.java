package app.marquee.adapter.persistence.recommendation;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.TitleFeatures;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The features of the viewer's own titles (favorited, finished, reacted to). What a reason shows
 * or what decides whether a title may shape the list is read from the database on every call:
 * each title's name and status ({@link RecommendationSql#TITLE_STATES}) and its people's names
 * ({@link RecommendationSql#PEOPLE_NAMES}), both by key. The rest (genres, who is credited and
 * in which role, year, languages, popularity, number of favorites) comes from
 * {@link CandidateFeatures}, which keeps it per instance for the same time as the candidates'
 * (most of a viewer's titles are in other viewers' pools), reading only the titles it misses. A
 * title whose status is no longer the one it was kept with is read whole again, so a title edited
 * while in draft is seen as published. A title that no longer exists is left out.
 */
@Singleton
class TasteFeatures {
    private final RecommendationRepository repository;
    private final CandidateFeatures kept;

    TasteFeatures(RecommendationRepository repository, CandidateFeatures kept) {
        this.repository = repository;
        this.kept = kept;
    }

    Map<TitleId, TitleFeatures> featuresOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, TitleStateRow> now = repository.statesOf(ids.stream().map(UUID::toString).toArray(String[]::new))
                .stream().collect(Collectors.toMap(TitleStateRow::id, row -> row));
        Map<UUID, TitleFeatures> titles = new HashMap<>(kept.whole(now.keySet()));
        List<UUID> moved = titles.values().stream()
                .filter(title -> !title.status().name().equals(now.get(title.id().value()).status()))
                .map(title -> title.id().value()).toList();
        if (!moved.isEmpty()) {
            kept.forget(moved.stream().map(TitleId::new).toList());
            titles.putAll(kept.whole(Set.copyOf(moved)));
        }
        Map<UUID, String> names = namesOf(titles.values());
        Map<TitleId, TitleFeatures> features = new HashMap<>();
        titles.values().forEach(title -> features.put(title.id(), current(title, now.get(title.id().value()), names)));
        return features;
    }

    private Map<UUID, String> namesOf(Collection<TitleFeatures> titles) {
        String[] people = titles.stream().flatMap(title -> title.people().stream())
                .map(person -> person.id().value().toString()).distinct().toArray(String[]::new);
        if (people.length == 0) {
            return Map.of();
        }
        return repository.namesOf(people).stream().filter(row -> row.name() != null)
                .collect(Collectors.toMap(PersonNameRow::id, PersonNameRow::name));
    }

    /** The kept title under its current name and status, its people under their current names. */
    private static TitleFeatures current(TitleFeatures title, TitleStateRow now, Map<UUID, String> names) {
        Set<CreditedPerson> people = title.people().stream().filter(person -> names.containsKey(person.id().value()))
                .map(person -> new CreditedPerson(person.id(), names.get(person.id().value()), person.role()))
                .collect(Collectors.toSet());
        return new TitleFeatures(title.id(), now.name(), TitleStatus.valueOf(now.status()), title.genres(), people,
                title.releaseYear(), title.languages(), title.popularity(), title.favoriteCount());
    }
}
