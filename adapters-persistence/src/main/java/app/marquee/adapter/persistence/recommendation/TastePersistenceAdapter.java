package app.marquee.adapter.persistence.recommendation;

import app.marquee.application.recommendation.port.out.LoadTastePort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Signal;
import app.marquee.domain.recommendation.Taste;
import app.marquee.domain.recommendation.TasteEntry;
import app.marquee.domain.recommendation.TitleFeatures;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A viewer's taste from their favorites, reactions and watch progress, read through the
 * viewer's own index of each table. The most recent {@code maxTitles} titles (by their latest
 * signal, ties to the smaller id) come with their features; the rest, and series the viewer has
 * only started, are only kept out ({@link Taste#alsoSeen()}). See {@link RecommendationSql#HISTORY}
 * for when a series counts as finished. The history is read fresh on every call, so a title
 * favorited a moment ago is never recommended; the titles' features come through
 * {@link TasteFeatures} (names and status read fresh, the rest kept per instance).
 */
@Singleton
public class TastePersistenceAdapter implements LoadTastePort {
    private static final String STARTED = "STARTED";
    private final RecommendationRepository repository;
    private final TasteFeatures features;

    TastePersistenceAdapter(RecommendationRepository repository, TasteFeatures features) {
        this.repository = repository;
        this.features = features;
    }

    @Override
    public Taste tasteOf(AccountId viewer, int maxTitles) {
        Map<UUID, EnumSet<Signal>> signals = new HashMap<>();
        Map<UUID, Instant> latest = new HashMap<>();
        Set<UUID> alsoSeen = new HashSet<>();
        for (HistoryRow row : repository.historyOf(viewer.value())) {
            if (STARTED.equals(row.signal())) {
                alsoSeen.add(row.titleId());
                continue;
            }
            signals.computeIfAbsent(row.titleId(), id -> EnumSet.noneOf(Signal.class)).add(Signal.valueOf(row.signal()));
            latest.merge(row.titleId(), row.at(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<UUID> recentFirst = new ArrayList<>(signals.keySet());
        recentFirst.sort(Comparator.comparing((UUID id) -> latest.get(id)).reversed().thenComparing(id -> id));
        List<UUID> kept = recentFirst.subList(0, Math.min(maxTitles, recentFirst.size()));
        alsoSeen.addAll(recentFirst.subList(kept.size(), recentFirst.size()));
        Map<TitleId, TitleFeatures> loaded = features.featuresOf(kept);
        // A title put back in draft is never named in a reason (editors may be rewriting it into
        // something unannounced): it only keeps itself out of the recommendations.
        List<TasteEntry> entries = kept.stream().filter(id -> shapesTheList(loaded.get(new TitleId(id))))
                .map(id -> new TasteEntry(loaded.get(new TitleId(id)), signals.get(id))).toList();
        alsoSeen.removeAll(kept);
        kept.stream().filter(id -> !shapesTheList(loaded.get(new TitleId(id)))).forEach(alsoSeen::add);
        return new Taste(entries, alsoSeen.stream().map(TitleId::new).collect(Collectors.toSet()));
    }

    private static boolean shapesTheList(TitleFeatures title) {
        return title != null && title.status() != TitleStatus.DRAFT;
    }
}
