package app.marquee.adapter.persistence.recommendation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The recommendation reads (see {@link RecommendationSql}); id lists travel as text arrays. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RecommendationRepository extends GenericRepository<FeatureRow, UUID> {

    /**
     * Plans the rest of the transaction's statements with their values bound: a plan made once
     * for any id lists guesses their sizes, and walks the wrong index for some of them.
     */
    @Query("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
    String planWithValues();

    /** Back to PostgreSQL's own choice between generic and custom plans for the rest of the transaction. */
    @Query("SELECT set_config('plan_cache_mode', 'auto', true)")
    String planAsUsual();

    @Query(RecommendationSql.HISTORY)
    List<HistoryRow> historyOf(UUID viewer);

    @Query(RecommendationSql.FEATURES)
    List<FeatureRow> featuresOf(String[] ids);

    @Query(RecommendationSql.CREDITS)
    List<CreditedRow> creditsOf(String[] ids);

    @Query(RecommendationSql.TITLE_STATES)
    List<TitleStateRow> statesOf(String[] ids);

    @Query(RecommendationSql.PEOPLE_NAMES)
    List<PersonNameRow> namesOf(String[] ids);

    @Query(RecommendationSql.PUBLISHED_AMONG)
    List<UUID> publishedAmong(String[] ids);

    @Query(RecommendationSql.TOP_TITLES_OF_PEOPLE)
    List<PersonTitleRow> topTitlesOf(String[] people, int kept);

    @Query(RecommendationSql.TOP_TITLES_OF_GENRES)
    List<GenreTitleRow> topTitlesOfGenres(String[] genres, int kept);

    @Query(RecommendationSql.MOST_POPULAR_TITLES)
    List<UUID> mostPopularTitles(int kept);

    @Query(RecommendationSql.CO_FAVORITES_OF)
    List<CoFavoriteRow> coFavoritesOf(String[] ids);

    @Query(RecommendationSql.PUBLISHED_TITLES)
    long publishedTitles();

    @Query(RecommendationSql.TITLES_PER_GENRE)
    List<CountRow> titlesPerGenre(String[] ids);

    @Query(RecommendationSql.TITLES_PER_PERSON)
    List<CountRow> titlesPerPerson(String[] ids);
}
