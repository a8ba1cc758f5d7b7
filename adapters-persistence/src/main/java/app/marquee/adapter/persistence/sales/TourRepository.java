package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TourRepository extends GenericRepository<TourRow, UUID> {

    Optional<TourRow> findById(UUID id);

    /** One organiser's tours, or all when {@code ownerId} is null, by name, after a (name key, id) when given. */
    @Query("""
            SELECT id, name, name_key, owner_id, version FROM tours
             WHERE (CAST(:ownerId AS uuid) IS NULL OR owner_id = CAST(:ownerId AS uuid))
               AND (CAST(:afterKey AS text) IS NULL
                    OR (name_key, id) > (CAST(:afterKey AS text) COLLATE "C", CAST(:afterId AS uuid)))
             ORDER BY name_key, id LIMIT :max""")
    List<TourRow> list(@Nullable String ownerId, @Nullable String afterKey, @Nullable String afterId, int max);

    @Query("""
            INSERT INTO tours (id, name, name_key, owner_id, created_at, version)
            VALUES (:id, :name, :nameKey, :ownerId, now(), :version)""")
    int insert(UUID id, String name, String nameKey, UUID ownerId, long version);
}
