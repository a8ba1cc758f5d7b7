package app.marquee.application.recommendation.service;

import app.marquee.application.recommendation.fakes.InMemoryViewing;
import app.marquee.application.recommendation.port.in.RecommendTitlesQuery.Request;
import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.Recommendation;
import app.marquee.domain.recommendation.ReasonKind;
import app.marquee.domain.recommendation.Signal;
import app.marquee.domain.recommendation.TitleFeatures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static app.marquee.application.recommendation.fakes.Films.film;
import static app.marquee.application.recommendation.fakes.Films.genre;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendTitlesServiceTest {
    private final InMemoryViewing viewing = new InMemoryViewing();
    private final RecommendTitlesService service = new RecommendTitlesService(viewing, viewing, viewing);
    private final AccountId ann = AccountId.newId();

    private final TitleFeatures heat = viewing.add(film("Heat", "crime", "Michael Mann", 50));
    private final TitleFeatures collateral = viewing.add(film("Collateral", "thriller", "Michael Mann", 10));
    private final TitleFeatures goodfellas = viewing.add(film("Goodfellas", "crime", "Martin Scorsese", 30));
    private final TitleFeatures frozen = viewing.add(film("Frozen", "animation", "Chris Buck", 900));
    private final TitleFeatures thief = viewing.add(film("Thief", "crime", "Michael Mann", 99, TitleStatus.DRAFT));

    @Test
    void aViewerGetsTheDirectorsOtherFilmFirstAndIsToldWhy() {
        viewing.record(ann, Signal.FAVORITE, heat);

        List<Recommendation> list = service.recommend(new Request(ann, 20));

        assertThat(list).extracting(Recommendation::titleId)
                .containsExactly(collateral.id(), goodfellas.id(), frozen.id());
        assertThat(list.get(0).reason().kind()).isEqualTo(ReasonKind.SAME_DIRECTOR);
        assertThat(list.get(0).reason().becauseYouLiked()).get().extracting(mention -> mention.name()).isEqualTo("Heat");
        assertThat(list.get(1).reason().kind()).isEqualTo(ReasonKind.SIMILAR_GENRES);
        assertThat(list.get(2).reason().kind()).isEqualTo(ReasonKind.POPULAR_IN_GENRE);
    }

    @Test
    void neverWhatTheViewerFavoritedOrFinishedNorADraft() {
        viewing.record(ann, Signal.FAVORITE, heat);
        viewing.record(ann, Signal.FINISHED, collateral);

        assertThat(service.recommend(new Request(ann, 20))).extracting(Recommendation::titleId)
                .doesNotContain(heat.id(), collateral.id(), thief.id());
    }

    @Test
    void aCandidatesAdapterThatLetsASeenOrUnpublishedTitleThroughIsOverruled() {
        viewing.record(ann, Signal.FAVORITE, heat);
        viewing.alsoReturn(Candidate.of(heat), Candidate.of(thief));

        assertThat(service.recommend(new Request(ann, 20))).extracting(Recommendation::titleId)
                .doesNotContain(heat.id(), thief.id());
    }

    @Test
    void aPickPutBackInDraftBehindTheCacheGivesWayToTheNextBest() {
        viewing.record(ann, Signal.FAVORITE, heat);
        viewing.withdrawBehindTheCache(collateral);

        assertThat(service.recommend(new Request(ann, 2))).extracting(Recommendation::titleId)
                .containsExactly(goodfellas.id(), frozen.id());
    }

    @Test
    void onlyThePicksStatusIsAskedAndEachPickOnce() {
        viewing.record(ann, Signal.FAVORITE, heat);
        viewing.withdrawBehindTheCache(collateral);

        service.recommend(new Request(ann, 2));

        assertThat(viewing.statusAsked()).containsExactly(
                Set.of(collateral.id(), goodfellas.id()), Set.of(frozen.id()));
    }

    @Test
    void whatOtherViewersFavoriteWithTheViewersFavoritesComesUp() {
        AccountId bob = AccountId.newId();
        AccountId cid = AccountId.newId();
        TitleFeatures paddington = viewing.add(film("Paddington", "family", "Paul King", 5));
        viewing.record(ann, Signal.FAVORITE, frozen);
        viewing.record(bob, Signal.FAVORITE, frozen, paddington);
        viewing.record(cid, Signal.FAVORITE, frozen, paddington, goodfellas);

        List<Recommendation> list = service.recommend(new Request(ann, 20));

        assertThat(list.get(0).titleId()).isEqualTo(paddington.id());
        assertThat(list.get(0).reason().kind()).isEqualTo(ReasonKind.LIKED_BY_SIMILAR_VIEWERS);
    }

    @Test
    void aViewerWithoutHistoryGetsWhatIsPopular() {
        List<Recommendation> list = service.recommend(new Request(ann, 2));

        assertThat(list).extracting(Recommendation::titleId).containsExactly(frozen.id(), heat.id());
        assertThat(list.get(0).reason().genre()).contains(genre("animation"));
    }

    @Test
    void theCandidatesAreDrawnWithinTheStandardBounds() {
        viewing.record(ann, Signal.FAVORITE, heat);

        service.recommend(new Request(ann, 5));

        assertThat(viewing.boundsAsked()).containsExactly(CandidateBounds.STANDARD);
    }

    @Test
    void anOldFavoriteBeyondTheRecentHistoryIsStillNeverRecommended() {
        viewing.record(ann, Signal.FAVORITE, goodfellas);
        for (int i = 0; i < RecommendTitlesService.MAX_TASTE_TITLES; i++) {
            viewing.record(ann, Signal.FINISHED, viewing.add(film("Film " + i, "crime", "Someone " + i, 1)));
        }

        assertThat(service.recommend(new Request(ann, 50))).extracting(Recommendation::titleId)
                .doesNotContain(goodfellas.id()).contains(collateral.id());
    }

    @Test
    void aListHoldsOneToFiftyTitles() {
        assertThatThrownBy(() -> new Request(ann, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Request(ann, 51)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Request(ann, 50).limit()).isEqualTo(50);
        assertThat(service.recommend(new Request(ann, 1))).hasSize(1);
    }

    @Test
    void anEmptyCatalogRecommendsNothing() {
        InMemoryViewing empty = new InMemoryViewing();

        assertThat(new RecommendTitlesService(empty, empty, empty).recommend(new Request(ann, 20))).isEmpty();
    }
}
