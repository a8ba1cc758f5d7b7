package app.marquee.adapter.persistence.library;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * One viewer's whole library, read for the export and deleted for the erasure: one statement per
 * table, each along an index that starts with the account (see the plan test). The deletes run
 * in the order {@link PersonalLibraryPersistenceAdapter} explains.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonalLibraryRepository extends GenericRepository<ReviewRow, UUID> {
    String FAVORITES = "SELECT account_id, title_id, added_at FROM favorites WHERE account_id = :accountId"
            + " ORDER BY added_at DESC, title_id DESC";
    String REACTIONS = "SELECT account_id, title_id, reaction, reacted_at FROM title_reactions"
            + " WHERE account_id = :accountId ORDER BY reacted_at DESC, title_id DESC";
    String REVIEWS = "SELECT " + ReviewRepository.COLUMNS + " FROM reviews r WHERE r.account_id = :accountId"
            + " ORDER BY r.created_at DESC, r.id DESC";
    String PLAYLISTS = "SELECT * FROM playlists WHERE account_id = :accountId ORDER BY name_key, id";
    String PLAYLIST_ITEMS = """
            SELECT i.playlist_id, i.title_id, i.position, i.added_at
              FROM playlists p JOIN playlist_items i ON i.playlist_id = p.id
             WHERE p.account_id = :accountId
             ORDER BY i.playlist_id, i.position""";
    String HISTORY = "SELECT " + WatchProgressRepository.COLUMNS + " FROM watch_progress"
            + " WHERE account_id = :accountId ORDER BY updated_at DESC, id DESC";

    @Query(FAVORITES)
    List<FavoriteRow> favorites(UUID accountId);

    @Query(REACTIONS)
    List<ReactionRow> reactions(UUID accountId);

    @Query(REVIEWS)
    List<ReviewRow> reviews(UUID accountId);

    @Query(PLAYLISTS)
    List<PlaylistRow> playlists(UUID accountId);

    @Query(PLAYLIST_ITEMS)
    List<ExportedItemRow> playlistItems(UUID accountId);

    @Query(HISTORY)
    List<WatchProgressRow> history(UUID accountId);

    /** Each playlist row first, then its items by the foreign key's cascade: the order every playlist writer locks in. */
    @Query("DELETE FROM playlists WHERE account_id = :accountId")
    int deletePlaylists(UUID accountId);

    @Query("DELETE FROM favorites WHERE account_id = :accountId")
    int deleteFavorites(UUID accountId);

    @Query("DELETE FROM title_reactions WHERE account_id = :accountId")
    int deleteReactions(UUID accountId);

    @Query("DELETE FROM reviews WHERE account_id = :accountId")
    int deleteReviews(UUID accountId);

    @Query("DELETE FROM watch_progress WHERE account_id = :accountId")
    int deleteHistory(UUID accountId);
}
