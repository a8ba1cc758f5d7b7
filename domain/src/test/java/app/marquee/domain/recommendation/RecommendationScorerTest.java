package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static app.marquee.domain.recommendation.Film.film;
import static app.marquee.domain.recommendation.Film.genre;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendationScorerTest {
    private static final Map<GenreId, String> GENRES = Map.of(genre("comedy"), "Comedy", genre("romance"), "Romance",
            genre("crime"), "Crime", genre("drama"), "Drama", genre("western"), "Western");

    private final RecommendationScorer scorer = RecommendationScorer.standard();

    static final TitleFeatures AMELIE = film("Amélie").genres("comedy", "romance").director("Jean-Pierre Jeunet")
            .writer("Guillaume Laurant").actors("Audrey Tautou", "Mathieu Kassovitz").year(2001).language("fr")
            .favoritedBy(40).features();

    @Test
    void theSameDirectorBeatsTheSameGenres() {
        TitleFeatures delicatessen = film("Delicatessen").genres("crime").director("Jean-Pierre Jeunet").year(1991)
                .language("fr").features();
        TitleFeatures nottingHill = film("Notting Hill").genres("comedy", "romance").director("Roger Michell")
                .year(1999).language("en").popularity(900).features();

        List<Recommendation> list = recommend(favorites(AMELIE), Candidate.of(nottingHill), Candidate.of(delicatessen));

        assertThat(list).extracting(Recommendation::titleId).containsExactly(delicatessen.id(), nottingHill.id());
        assertThat(english(list.get(0))).isEqualTo("Because you liked Amélie: same director (Jean-Pierre Jeunet)");
        assertThat(english(list.get(1))).startsWith("Because you liked Amélie: also ");
    }

    @Test
    void otherViewersFavoritesLiftATitle() {
        TitleFeatures plain = film("Chocolat").genres("romance").favoritedBy(30).features();
        TitleFeatures lifted = film("Le Dîner de cons").genres("romance").favoritedBy(25).features();

        List<Recommendation> list = recommend(favorites(AMELIE), Candidate.of(plain),
                new Candidate(lifted, Map.of(AMELIE.id(), 20L)));

        assertThat(list).extracting(Recommendation::titleId).containsExactly(lifted.id(), plain.id());
        assertThat(list.get(0).reason().kind()).isEqualTo(ReasonKind.LIKED_BY_SIMILAR_VIEWERS);
        assertThat(english(list.get(0))).isEqualTo("Because you liked Amélie: viewers who liked it liked this too");
    }

    @Test
    void aTitleEverybodyFavoritesDoesNotSwampANicheTitleItsAudienceShares() {
        TitleFeatures blockbuster = film("Avatar").favoritedBy(10_000).popularity(1_000_000).features();
        TitleFeatures niche = film("La Cité des enfants perdus").favoritedBy(12).features();

        List<Recommendation> list = recommend(favorites(AMELIE),
                new Candidate(blockbuster, Map.of(AMELIE.id(), 35L)), new Candidate(niche, Map.of(AMELIE.id(), 10L)));

        assertThat(list).extracting(Recommendation::titleId).containsExactly(niche.id(), blockbuster.id());
    }

    @Test
    void aRareSharedGenreCountsForMoreThanACommonOne() {
        TitleFeatures liked = film("Unforgiven").genres("drama", "western").favoritedBy(5).features();
        TitleFeatures drama = film("Kramer vs. Kramer").genres("drama").features();
        TitleFeatures western = film("Rio Bravo").genres("western").features();
        FeatureFrequencies catalog = new FeatureFrequencies(1_000,
                Map.of(genre("drama"), 500L, genre("western"), 10L), Map.of());

        List<Recommendation> list = scorer.recommend(favorites(liked),
                List.of(Candidate.of(drama), Candidate.of(western)), catalog, 10);

        assertThat(list).extracting(Recommendation::titleId).containsExactly(western.id(), drama.id());
        assertThat(list.get(0).reason().genre()).contains(genre("western"));
        assertThat(list.get(1).reason().genre()).contains(genre("drama"));
    }

    @Test
    void aFavoriteCountsForMoreThanATitleMerelyFinished() {
        TitleFeatures favorite = film("Heat").director("Michael Mann").features();
        TitleFeatures finished = film("Alien").director("Ridley Scott").features();
        TitleFeatures byMann = film("Collateral").director("Michael Mann").features();
        TitleFeatures byScott = film("Gladiator").director("Ridley Scott").features();
        Taste taste = Taste.of(List.of(TasteEntry.of(favorite, Signal.FAVORITE), TasteEntry.of(finished, Signal.FINISHED)));

        assertThat(recommend(taste, Candidate.of(byScott), Candidate.of(byMann)))
                .extracting(Recommendation::titleId).containsExactly(byMann.id(), byScott.id());
    }

    @Test
    void aDislikedTitlePushesItsLikenessDown() {
        TitleFeatures disliked = film("Mars Attacks!").genres("comedy").director("Tim Burton").features();
        TitleFeatures likeTheDisliked = film("Beetlejuice").genres("romance").director("Tim Burton").features();
        TitleFeatures likeAmelie = film("Populaire").genres("romance").features();
        Taste taste = Taste.of(List.of(TasteEntry.of(AMELIE, Signal.FAVORITE), TasteEntry.of(disliked, Signal.DISLIKED)));

        List<Recommendation> list = recommend(taste, Candidate.of(likeTheDisliked), Candidate.of(likeAmelie));

        assertThat(list).extracting(Recommendation::titleId).containsExactly(likeAmelie.id(), likeTheDisliked.id());
        assertThat(list.get(1).score()).isLessThan(list.get(0).score());
    }

    @Test
    void aDecadeOrALanguageAloneIsNoMatch() {
        TitleFeatures sameYearSameLanguage = film("Le Placard").year(2001).language("fr").features();

        List<Recommendation> list = recommend(favorites(AMELIE), Candidate.of(sameYearSameLanguage));

        assertThat(list).singleElement().satisfies(only -> {
            assertThat(only.score()).isZero();
            assertThat(only.reason().kind()).isEqualTo(ReasonKind.POPULAR);
        });
    }

    @Test
    void theSameDecadeAndLanguageStrengthenAMatch() {
        TitleFeatures close = film("Un long dimanche de fiançailles").director("Jean-Pierre Jeunet").year(2004)
                .language("fr").features();
        TitleFeatures far = film("Alien Resurrection").director("Jean-Pierre Jeunet").year(1997).language("en")
                .features();

        assertThat(recommend(favorites(AMELIE), Candidate.of(far), Candidate.of(close)))
                .extracting(Recommendation::titleId).containsExactly(close.id(), far.id());
    }

    @Test
    void anActorAndAWriterAreNamedInTheReason() {
        TitleFeatures withTautou = film("Coco avant Chanel").actors("Audrey Tautou").features();
        TitleFeatures byLaurant = film("Micmacs").writer("Guillaume Laurant").features();

        List<Recommendation> list = recommend(favorites(AMELIE), Candidate.of(withTautou), Candidate.of(byLaurant));

        assertThat(list).extracting(this::english).containsExactlyInAnyOrder(
                "Because you liked Amélie: with Audrey Tautou",
                "Because you liked Amélie: same writer (Guillaume Laurant)");
        assertThat(list.get(0).reason().becauseYouLiked()).contains(new TitleMention(AMELIE.id(), "Amélie"));
        assertThat(list.get(0).reason().person()).get().extracting(PersonMention::name).isIn(
                "Audrey Tautou", "Guillaume Laurant");
    }

    @Test
    void atMostTheLimitAndAtLeastOne() {
        List<Candidate> many = List.of(Candidate.of(film("A").genres("comedy").features()),
                Candidate.of(film("B").genres("comedy").features()), Candidate.of(film("C").genres("comedy").features()));

        assertThat(scorer.recommend(favorites(AMELIE), many, FeatureFrequencies.unknown(), 2)).hasSize(2);
        assertThatThrownBy(() -> scorer.recommend(favorites(AMELIE), many, FeatureFrequencies.unknown(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(scorer.recommend(favorites(AMELIE), List.of(), FeatureFrequencies.unknown(), 5)).isEmpty();
    }

    static Taste favorites(TitleFeatures... titles) {
        return Taste.of(Arrays.stream(titles).map(title -> TasteEntry.of(title, Signal.FAVORITE)).toList());
    }

    private List<Recommendation> recommend(Taste taste, Candidate... candidates) {
        return scorer.recommend(taste, List.of(candidates), FeatureFrequencies.unknown(), 20);
    }

    private String english(Recommendation recommendation) {
        return EnglishReasons.of(recommendation.reason(), GENRES::get);
    }
}
