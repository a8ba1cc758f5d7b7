package app.marquee.adapter.persistence.recommendation;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.application.recommendation.port.out.CandidateBounds;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Candidate;
import app.marquee.domain.recommendation.CoFavoritesRefresh;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.FeatureFrequencies;
import app.marquee.domain.recommendation.Signal;
import app.marquee.domain.recommendation.Taste;
import app.marquee.domain.recommendation.TasteEntry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three recommendation adapters on a small hand-made catalog, held to what their ports
 * promise: a viewer's taste with its signals and features, candidates that are published and
 * unseen, drawn within their bounds, with other viewers' co-favorites, the same every time;
 * and how common genres and people are among published titles.
 */
@MicronautTest(transactional = false)
class RecommendationPersistenceAdapterTest extends DatabaseTest {
    private static final CandidateBounds NOTHING_BUT_ONE_POPULAR = new CandidateBounds(0, 0, 0, 1);
    @Inject
    TastePersistenceAdapter tastes;
    @Inject
    RecommendationCandidatesPersistenceAdapter candidates;
    @Inject
    FeatureFrequenciesPersistenceAdapter frequencies;
    @Inject
    CoFavoritesPersistenceAdapter coFavorites;

    private final ViewingData data = new ViewingData();
    private UUID drama;
    private UUID comedy;
    private UUID jeunet;
    private UUID audrey;
    private UUID amelie;
    private UUID delicatessen;
    private UUID alien;
    private UUID draftByJeunet;
    private UUID archivedByJeunet;
    private UUID watchedDrama;
    private UUID otherDrama;
    private UUID dislikedComedy;
    private UUID likedComedy;
    private UUID coFavorite;
    private UUID[] startedSeries;
    private UUID[] finishedSeries;
    private UUID viewer;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("marquee.recommendations.frequencies-ttl", "0s");
        return properties;
    }

    @BeforeAll
    void aViewerWhoLovesAmelie() {
        drama = data.genre("drama");
        comedy = data.genre("comedy");
        jeunet = data.person("Jean-Pierre Jeunet");
        audrey = data.person("Audrey Tautou");
        amelie = data.film("Amélie", "PUBLISHED", drama, jeunet, audrey);
        delicatessen = data.film("Delicatessen", "PUBLISHED", comedy, jeunet);
        alien = data.film("Alien Resurrection", "PUBLISHED", comedy, jeunet, data.person("Sigourney Weaver"));
        draftByJeunet = data.film("Draft by Jeunet", "DRAFT", drama, jeunet, audrey);
        archivedByJeunet = data.film("Archived by Jeunet", "ARCHIVED", drama, jeunet);
        watchedDrama = data.film("Watched drama", "PUBLISHED", drama, null);
        otherDrama = data.film("Other drama", "PUBLISHED", drama, null);
        dislikedComedy = data.film("Disliked comedy", "PUBLISHED", comedy, null);
        likedComedy = data.film("Liked comedy", "PUBLISHED", comedy, null);
        coFavorite = data.film("Favorited with Amélie", "PUBLISHED", comedy, null);
        startedSeries = data.series("Started series", drama, 4);
        finishedSeries = data.series("Finished series", drama, 2);
        UUID blockbuster = data.film("Blockbuster", "PUBLISHED", data.genre("action"), null);
        data.popularity(blockbuster, 1_000_000_000L);
        data.popularity(delicatessen, 30);
        data.popularity(alien, 20);
        data.popularity(draftByJeunet, 1_000_000_000_000L);
        data.popularity(archivedByJeunet, 1_000_000_000_000L);

        viewer = data.viewer();
        data.favorite(viewer, amelie);
        data.finish(viewer, watchedDrama, null);
        data.halfWatch(viewer, otherDrama);
        data.finish(viewer, startedSeries[0], startedSeries[1]);
        data.finish(viewer, finishedSeries[0], finishedSeries[2]);
        data.react(viewer, dislikedComedy, "DISLIKE");
        data.react(viewer, likedComedy, "LIKE");
        for (int i = 0; i < 2; i++) {
            UUID other = data.viewer();
            data.favorite(other, amelie, coFavorite);
        }
        data.favorite(data.viewer(), coFavorite, delicatessen);
        while (coFavorites.recomputeDue(200) instanceof CoFavoritesRefresh.Recomputed round && round.titles() == 200) {
            // the co-favorites job's rounds, until every title is up to date
        }
    }

    @Test
    void aTasteHoldsFavoritesFinishedTitlesAndReactionsWithTheirFeatures() {
        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);

        assertThat(signals(taste)).containsExactlyInAnyOrderEntriesOf(Map.of(
                amelie, Set.of(Signal.FAVORITE), watchedDrama, Set.of(Signal.FINISHED),
                finishedSeries[0], Set.of(Signal.FINISHED), dislikedComedy, Set.of(Signal.DISLIKED),
                likedComedy, Set.of(Signal.LIKED)));
        assertThat(taste.alsoSeen()).containsExactly(new TitleId(startedSeries[0]));
        TasteEntry liked = entry(taste, amelie);
        assertThat(liked.title().name()).isEqualTo("Amélie");
        assertThat(liked.title().genres()).containsExactly(new GenreId(drama));
        assertThat(liked.title().people()).containsExactlyInAnyOrder(
                new CreditedPerson(new PersonId(jeunet), "Jean-Pierre Jeunet", CreditRole.DIRECTOR),
                new CreditedPerson(new PersonId(audrey), "Audrey Tautou", CreditRole.ACTOR));
        assertThat(liked.title().favoriteCount()).isEqualTo(3);
        assertThat(liked.title().popularity()).as("the refresh job's figure, not kept by favorites").isZero();
        assertThat(liked.title().releaseYear()).isEqualTo(2001);
    }

    @Test
    void aLikedTitleBackInDraftIsNeverNamedButStillKeptOut() {
        UUID viewer = data.viewer();
        UUID rewritten = data.film("Announced", "PUBLISHED", comedy, null);
        UUID kept = data.film("Kept", "PUBLISHED", comedy, null);
        data.favorite(viewer, rewritten, kept);
        data.status(rewritten, "DRAFT");

        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);

        assertThat(taste.entries()).extracting(entry -> entry.title().id().value()).containsExactly(kept);
        assertThat(taste.alsoSeen()).contains(new TitleId(rewritten));
    }

    @Test
    void aLongHistoryKeepsItsMostRecentTitlesAndStillKeepsTheOthersOut() {
        Taste taste = tastes.tasteOf(new AccountId(viewer), 2);

        assertThat(signals(taste).keySet()).containsExactlyInAnyOrder(likedComedy, dislikedComedy);
        assertThat(taste.alsoSeen()).extracting(TitleId::value).containsExactlyInAnyOrder(
                amelie, watchedDrama, finishedSeries[0], startedSeries[0]);
    }

    @Test
    void anAccountWithoutHistoryHasNoTaste() {
        assertThat(tastes.tasteOf(new AccountId(data.viewer()), 200)).isEqualTo(Taste.none());
        assertThat(tastes.tasteOf(AccountId.newId(), 200)).isEqualTo(Taste.none());
    }

    @Test
    void candidatesArePublishedUnseenTitlesSharingPeopleGenresOrAudience() {
        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);

        Map<UUID, Candidate> drawn = byId(candidates.candidatesFor(taste, CandidateBounds.STANDARD));

        assertThat(drawn).containsKeys(delicatessen, alien, otherDrama, coFavorite);
        assertThat(drawn).doesNotContainKeys(draftByJeunet, archivedByJeunet, amelie, watchedDrama,
                finishedSeries[0], startedSeries[0], dislikedComedy, likedComedy);
        assertThat(drawn.values()).allSatisfy(candidate -> assertThat(candidate.title().isPublished()).isTrue());
        assertThat(drawn.get(coFavorite).coFavorites()).isEqualTo(Map.of(new TitleId(amelie), 2L));
        assertThat(drawn.get(coFavorite).title().favoriteCount()).isEqualTo(3);
        assertThat(drawn.get(delicatessen).coFavorites()).isEmpty();
        assertThat(drawn.get(delicatessen).title().people()).extracting(CreditedPerson::name)
                .containsExactly("Jean-Pierre Jeunet");
        assertThat(drawn.get(alien).title().people()).as("only the people a candidate shares with the taste")
                .extracting(CreditedPerson::name).containsExactly("Jean-Pierre Jeunet");
    }

    @Test
    void eachSourceIsBoundedToItsMostPopularTitles() {
        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);
        Set<UUID> popularOnly = byId(candidates.candidatesFor(taste, NOTHING_BUT_ONE_POPULAR)).keySet();

        Set<UUID> withOnePerPerson = byId(candidates.candidatesFor(taste, new CandidateBounds(1, 0, 0, 1))).keySet();
        Set<UUID> withOneCoFavorite = byId(candidates.candidatesFor(taste, new CandidateBounds(0, 0, 1, 1))).keySet();

        assertThat(popularOnly).hasSize(1).doesNotContain(delicatessen, coFavorite);
        assertThat(difference(withOnePerPerson, popularOnly)).containsExactly(delicatessen);
        assertThat(difference(withOneCoFavorite, popularOnly)).containsExactly(coFavorite);
    }

    @Test
    void aViewerWithoutHistoryIsOfferedTheMostPopularPublishedTitles() throws SQLException {
        List<Candidate> drawn = candidates.candidatesFor(Taste.none(), new CandidateBounds(20, 30, 100, 3));

        assertThat(drawn).extracting(candidate -> candidate.title().id().value())
                .containsExactlyInAnyOrderElementsOf(mostPopularPublished(3));
        assertThat(drawn).allSatisfy(candidate -> assertThat(candidate.coFavorites()).isEmpty());
    }

    @Test
    void theSameDataGivesTheSameCandidates() {
        Taste taste = tastes.tasteOf(new AccountId(viewer), 200);

        assertThat(candidates.candidatesFor(taste, CandidateBounds.STANDARD))
                .isEqualTo(candidates.candidatesFor(taste, CandidateBounds.STANDARD));
        assertThat(tastes.tasteOf(new AccountId(viewer), 200)).isEqualTo(taste);
    }

    @Test
    void frequenciesCountPublishedTitlesOnly() throws SQLException {
        FeatureFrequencies counted = frequencies.frequenciesOf(Set.of(new GenreId(drama), new GenreId(comedy)),
                Set.of(new PersonId(jeunet), new PersonId(audrey)));

        assertThat(counted.titlesPerGenre()).isEqualTo(Map.of(new GenreId(drama), 5L, new GenreId(comedy), 5L));
        assertThat(counted.titlesPerPerson()).isEqualTo(Map.of(new PersonId(jeunet), 3L, new PersonId(audrey), 1L));
        assertThat(counted.titles()).isEqualTo(single("SELECT count(*) FROM titles WHERE status = 'PUBLISHED'"));
    }

    @Test
    void favoritesMoveTheFavoriteCountAndLeavePopularityToItsRefresh() {
        UUID film = data.film("Counted", "PUBLISHED", comedy, null);
        UUID ann = data.viewer();
        UUID bob = data.viewer();

        data.favorite(ann, film);
        data.favorite(bob, film);
        data.react(ann, film, "LIKE");
        data.react(bob, film, "LIKE");
        data.react(bob, film, "DISLIKE");
        data.unfavorite(ann, film);

        assertThat(data.audience(film)).isEqualTo(1);
        assertThat(data.column(film, "popularity")).isZero();
    }

    private static Map<UUID, Set<Signal>> signals(Taste taste) {
        return taste.entries().stream().collect(Collectors.toMap(entry -> entry.title().id().value(),
                TasteEntry::signals));
    }

    private static TasteEntry entry(Taste taste, UUID title) {
        return taste.entries().stream().filter(entry -> entry.title().id().value().equals(title)).findFirst()
                .orElseThrow();
    }

    private static Map<UUID, Candidate> byId(List<Candidate> drawn) {
        assertThat(drawn).extracting(candidate -> candidate.title().id()).doesNotHaveDuplicates();
        return drawn.stream().collect(Collectors.toMap(candidate -> candidate.title().id().value(), c -> c));
    }

    private static Set<UUID> difference(Set<UUID> all, Set<UUID> less) {
        return all.stream().filter(id -> !less.contains(id)).collect(Collectors.toSet());
    }

    private static List<UUID> mostPopularPublished(int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = TestDatabase.openConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM titles WHERE status = 'PUBLISHED'"
                     + " ORDER BY popularity DESC, id LIMIT " + count)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static long single(String sql) throws SQLException {
        try (Connection connection = TestDatabase.openConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
