package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Playlists and their items. Scalar parameters on purpose (see the identity repositories): the
 * items travel as arrays and are written with one {@code unnest} statement.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlaylistRepository extends GenericRepository<PlaylistRow, UUID> {

    Optional<PlaylistRow> findByIdAndAccountId(UUID id, UUID accountId);

    /** The same, locked until the transaction ends: the next writer of this playlist waits. */
    @Query("SELECT * FROM playlists WHERE id = :id AND account_id = :accountId FOR UPDATE")
    Optional<PlaylistRow> lockByIdAndAccountId(UUID id, UUID accountId);

    @Query("SELECT title_id, position, added_at FROM playlist_items WHERE playlist_id = :playlistId ORDER BY position")
    List<PlaylistItemRow> itemsOf(UUID playlistId);

    /**
     * Holds a per-owner lock until the transaction ends, so that the owner's creates and renames
     * take turns and each sees the names the one before committed (a rename that found a name
     * free cannot then trip over a create's uncommitted row).
     */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('playlist-names:' || :accountId, 0))")
    int lockNamesOf(String accountId);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM playlists
                            WHERE account_id = :accountId AND name_key = :nameKey AND id <> :id)""")
    boolean nameTakenByAnother(UUID accountId, String nameKey, UUID id);

    @Query("SELECT name_key FROM playlists WHERE id = :id")
    Optional<String> nameKeyOf(UUID id);

    /** Inserts the playlist unless its owner has one of that name: 0 rows then, and the transaction goes on. */
    @Query("""
            INSERT INTO playlists (id, account_id, name, name_key, description, created_at, updated_at, version)
            VALUES (:id, :accountId, :name, :nameKey, :description, :createdAt, :updatedAt, :version)
            ON CONFLICT (account_id, name_key) DO NOTHING""")
    int insertUnlessNameTaken(UUID id, UUID accountId, String name, String nameKey, @Nullable String description,
                              Instant createdAt, Instant updatedAt, long version);

    /** Writes the playlist only if nobody changed it since it was read at {@code version}; 0 rows otherwise. */
    @Query("""
            UPDATE playlists
               SET name = :name, name_key = :nameKey, description = :description, updated_at = :updatedAt,
                   version = version + 1
             WHERE id = :id AND version = :version""")
    int updateAtVersion(UUID id, long version, String name, String nameKey, @Nullable String description,
                        Instant updatedAt);

    /** Removes the playlist's items whose title is not among {@code keptTitleIds}. */
    @Query("""
            DELETE FROM playlist_items
             WHERE playlist_id = :playlistId AND title_id <> ALL (CAST(:keptTitleIds AS uuid[]))""")
    int deleteItemsOtherThan(UUID playlistId, String[] keptTitleIds);

    /**
     * Makes the items exactly these titles at these positions (their index, from 0), in one
     * statement; rows already in place are left alone. Positions are unique per playlist only at
     * commit (a deferred constraint), so a whole run of titles may shift by one here.
     */
    @Query("""
            INSERT INTO playlist_items (playlist_id, title_id, position, added_at)
            SELECT :playlistId, i.title_id, i.ordinality - 1, i.added_at
              FROM unnest(CAST(:titleIds AS uuid[]), CAST(:addedAts AS timestamptz[]))
                   WITH ORDINALITY AS i(title_id, added_at, ordinality)
            ON CONFLICT (playlist_id, title_id) DO UPDATE SET position = EXCLUDED.position
             WHERE playlist_items.position <> EXCLUDED.position""")
    int upsertItems(UUID playlistId, String[] titleIds, String[] addedAts);

    /**
     * The owner's playlists by name key then id, after the cursor when one is given, each with
     * its number of items and the ids of its first {@code preview} titles.
     */
    @Query("""
            SELECT p.id, p.name, p.description, p.created_at, p.updated_at, p.version,
                   (SELECT count(*) FROM playlist_items i WHERE i.playlist_id = p.id) AS item_count,
                   ARRAY(SELECT CAST(i.title_id AS text) FROM playlist_items i
                          WHERE i.playlist_id = p.id AND i.position < :preview
                          ORDER BY i.position) AS first_titles
              FROM playlists p
             WHERE p.account_id = :accountId
               AND (CAST(:afterId AS text) IS NULL
                    OR (p.name_key, p.id) > (CAST(:afterKey AS text) COLLATE "C", CAST(:afterId AS uuid)))
             ORDER BY p.name_key, p.id
             LIMIT :max""")
    List<PlaylistSummaryRow> ofOwner(UUID accountId, @Nullable String afterKey, @Nullable String afterId,
                                     int preview, int max);

    /** Its items go with it (ON DELETE CASCADE). */
    @Query("DELETE FROM playlists WHERE id = :id")
    int delete(UUID id);
}
