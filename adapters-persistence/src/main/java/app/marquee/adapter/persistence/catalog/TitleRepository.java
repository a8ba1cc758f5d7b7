package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Titles with their genres and credits. Scalar parameters on purpose (see the identity
 * repositories): lists travel as arrays and are written with one {@code unnest} statement each.
 * A title's genres are written twice, in the same transaction: as title_genres rows (the
 * relation, with its foreign keys) and as the title's {@code genre_ids} (the copy search reads).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TitleRepository extends GenericRepository<TitleRow, UUID> {

    Optional<TitleRow> findById(UUID id);

    /** One array parameter, not one per id: an export may name more titles than a statement takes parameters. */
    @Query("SELECT * FROM titles WHERE id = ANY(CAST(:ids AS uuid[]))")
    List<TitleRow> findByIdIn(String[] ids);

    /** The title, kept from being deleted (not from being edited) until the transaction ends. */
    @Query("SELECT * FROM titles WHERE id = :id FOR KEY SHARE")
    Optional<TitleRow> findByIdForKeyShare(UUID id);

    /** The title, held against every other writer until the transaction ends. */
    @Query("SELECT * FROM titles WHERE id = :id FOR UPDATE")
    Optional<TitleRow> findByIdForUpdate(UUID id);

    @Query("""
            INSERT INTO titles (id, kind, status, name, original_name, synopsis, release_year, runtime_minutes,
                                age_rating, trailer_url, audio_languages, subtitle_languages, genre_ids,
                                poster_blob_key, poster_media_type, poster_width, poster_height, poster_bytes,
                                poster_sha256, backdrop_blob_key, backdrop_media_type, backdrop_width,
                                backdrop_height, backdrop_bytes, backdrop_sha256, created_at, updated_at, version)
            VALUES (:id, :kind, :status, :name, :originalName, :synopsis, :releaseYear, :runtimeMinutes,
                    :ageRating, :trailerUrl, :audioLanguages, :subtitleLanguages, CAST(:genreIds AS uuid[]),
                    :posterBlobKey, :posterMediaType, :posterWidth, :posterHeight, :posterBytes,
                    :posterSha256, :backdropBlobKey, :backdropMediaType, :backdropWidth,
                    :backdropHeight, :backdropBytes, :backdropSha256, :createdAt, :updatedAt, :version)""")
    int insert(UUID id, String kind, String status, String name, @Nullable String originalName, String synopsis,
               int releaseYear, @Nullable Integer runtimeMinutes, @Nullable String ageRating,
               @Nullable String trailerUrl, String[] audioLanguages, String[] subtitleLanguages, String[] genreIds,
               @Nullable String posterBlobKey, @Nullable String posterMediaType, @Nullable Integer posterWidth,
               @Nullable Integer posterHeight, @Nullable Long posterBytes, @Nullable String posterSha256,
               @Nullable String backdropBlobKey, @Nullable String backdropMediaType,
               @Nullable Integer backdropWidth, @Nullable Integer backdropHeight, @Nullable Long backdropBytes,
               @Nullable String backdropSha256, Instant createdAt, Instant updatedAt, long version);

    /** Writes the title only if nobody changed it since it was read at {@code version}; 0 rows otherwise. */
    @Query("""
            UPDATE titles
               SET status = :status, name = :name, original_name = :originalName, synopsis = :synopsis,
                   release_year = :releaseYear, runtime_minutes = :runtimeMinutes, age_rating = :ageRating,
                   trailer_url = :trailerUrl, audio_languages = :audioLanguages,
                   subtitle_languages = :subtitleLanguages, genre_ids = CAST(:genreIds AS uuid[]),
                   poster_blob_key = :posterBlobKey, poster_media_type = :posterMediaType,
                   poster_width = :posterWidth, poster_height = :posterHeight, poster_bytes = :posterBytes,
                   poster_sha256 = :posterSha256, backdrop_blob_key = :backdropBlobKey,
                   backdrop_media_type = :backdropMediaType, backdrop_width = :backdropWidth,
                   backdrop_height = :backdropHeight, backdrop_bytes = :backdropBytes,
                   backdrop_sha256 = :backdropSha256, updated_at = :updatedAt, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateAtVersion(UUID id, long version, String status, String name, @Nullable String originalName,
                        String synopsis, int releaseYear, @Nullable Integer runtimeMinutes,
                        @Nullable String ageRating, @Nullable String trailerUrl, String[] audioLanguages,
                        String[] subtitleLanguages, String[] genreIds, @Nullable String posterBlobKey,
                        @Nullable String posterMediaType, @Nullable Integer posterWidth,
                        @Nullable Integer posterHeight, @Nullable Long posterBytes, @Nullable String posterSha256,
                        @Nullable String backdropBlobKey, @Nullable String backdropMediaType,
                        @Nullable Integer backdropWidth, @Nullable Integer backdropHeight,
                        @Nullable Long backdropBytes, @Nullable String backdropSha256, Instant updatedAt);

    /** Seasons, episodes, genres and credits go with it (ON DELETE CASCADE). */
    @Query("DELETE FROM titles WHERE id = :id")
    int delete(UUID id);

    @Query("SELECT title_id, genre_id FROM title_genres WHERE title_id = ANY(CAST(:titleIds AS uuid[]))")
    List<TitleGenreRow> genresOf(String[] titleIds);

    @Query("""
            SELECT title_id, position, person_id, role, character, billing
              FROM credits
             WHERE title_id = ANY(CAST(:titleIds AS uuid[]))
             ORDER BY title_id, position""")
    List<CreditRow> creditsOf(String[] titleIds);

    @Query("""
            INSERT INTO title_genres (title_id, genre_id)
            SELECT :titleId, genre_id FROM unnest(CAST(:genreIds AS uuid[])) AS g(genre_id)""")
    int insertGenres(UUID titleId, String[] genreIds);

    @Query("DELETE FROM title_genres WHERE title_id = :titleId")
    int deleteGenres(UUID titleId);

    /** The credits in list order: {@code position} is the place in the arrays, from 0. */
    @Query("""
            INSERT INTO credits (title_id, position, person_id, role, character, billing)
            SELECT :titleId, c.position - 1, c.person_id, c.role, c.character, c.billing
              FROM unnest(CAST(:personIds AS uuid[]), CAST(:roles AS text[]), CAST(:characters AS text[]),
                          CAST(:billings AS integer[]))
                   WITH ORDINALITY AS c(person_id, role, character, billing, position)""")
    int insertCredits(UUID titleId, String[] personIds, String[] roles, String[] characters, Integer[] billings);

    @Query("DELETE FROM credits WHERE title_id = :titleId")
    int deleteCredits(UUID titleId);
}
