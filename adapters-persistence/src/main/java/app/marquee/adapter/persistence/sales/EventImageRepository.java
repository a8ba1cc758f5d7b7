package app.marquee.adapter.persistence.sales;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Events' pictures, one row per slot; a new picture replaces the slot's row. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventImageRepository extends GenericRepository<EventRow, UUID> {

    @Query("""
            SELECT event_id, slot, blob_key, media_type, width, height, bytes, sha256
              FROM event_images WHERE event_id = ANY (CAST(:eventIds AS uuid[]))""")
    List<EventImageRow> ofEvents(String[] eventIds);

    /** Writes nothing when the slot already shows this very picture. */
    @Query("""
            INSERT INTO event_images (event_id, slot, blob_key, media_type, width, height, bytes, sha256)
            VALUES (:eventId, :slot, :blobKey, :mediaType, :width, :height, :bytes, :sha256)
            ON CONFLICT (event_id, slot) DO UPDATE
               SET blob_key = EXCLUDED.blob_key, media_type = EXCLUDED.media_type, width = EXCLUDED.width,
                   height = EXCLUDED.height, bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256
             WHERE event_images.sha256 <> EXCLUDED.sha256""")
    int put(UUID eventId, String slot, String blobKey, String mediaType, int width, int height, long bytes,
            String sha256);
}
