package app.marquee.application.recommendation.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.recommendation.port.in.RecommendTitlesQuery;
import app.marquee.application.recommendation.port.in.ShowRecommendationsQuery;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.recommendation.Recommendation;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Recommends, then reads the recommended titles, in the same transaction, keeping only published ones. */
@Singleton
public class ShowRecommendationsService implements ShowRecommendationsQuery {
    private final RecommendTitlesQuery recommendations;
    private final LoadTitlePort titles;

    public ShowRecommendationsService(RecommendTitlesQuery recommendations, LoadTitlePort titles) {
        this.recommendations = recommendations;
        this.titles = titles;
    }

    @Override
    @Transactional
    public List<RecommendedTitle> show(RecommendTitlesQuery.Request request) {
        List<Recommendation> recommended = recommendations.recommend(request);
        Map<TitleId, Title> byId = titles.byIds(recommended.stream().map(Recommendation::titleId).toList()).stream()
                .collect(Collectors.toMap(Title::id, Function.identity()));
        return recommended.stream()
                .filter(recommendation -> byId.containsKey(recommendation.titleId())
                        && byId.get(recommendation.titleId()).status() == TitleStatus.PUBLISHED)
                .map(recommendation -> new RecommendedTitle(recommendation, byId.get(recommendation.titleId())))
                .toList();
    }
}
