package app.marquee.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills the catalog tables of a freshly migrated database straight through JDBC COPY (a million
 * titles in minutes, not the hours the HTTP API would take): genres, people, titles with their
 * genres and credits, then the catalog's word list in one statement, VACUUM and ANALYZE, so the
 * planner and the visibility map are as a settled production database has them. The same seed
 * makes the same catalog. The facet counts follow by the database's own triggers, as in production.
 */
final class CatalogLoader {
    private static final int BATCH = 50_000;
    private final Connection connection;
    private final Vocabulary words;
    private final TitleWriter titles;

    CatalogLoader(Connection connection, Vocabulary words) {
        this.connection = connection;
        this.words = words;
        this.titles = new TitleWriter(words);
    }

    void load(int titleCount) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Random random = new Random(2026);
        List<UUID> genreIds = genres(copy);
        List<UUID> people = people(copy, random, Math.max(1_000, titleCount / 5));
        try (Statement statement = connection.createStatement()) {
            // Bulk-load practice: the per-row word collector is replaced by one statement after the
            // load (same words); the foreign keys of genres and credits are not checked row by row
            // (the rows are written consistent); new GIN entries wait in a large pending list, which
            // VACUUM merges at the end. The facet counts' statement triggers stay on.
            statement.execute("ALTER TABLE titles DISABLE TRIGGER titles_words_collect");
            statement.execute("ALTER TABLE title_genres DISABLE TRIGGER ALL");
            statement.execute("ALTER TABLE credits DISABLE TRIGGER ALL");
            statement.execute("SET gin_pending_list_limit = '1GB'");
            try {
                for (int done = 0; done < titleCount; done += BATCH) {
                    TitleWriter.Batch batch = titles.batch(random, Math.min(BATCH, titleCount - done), genreIds, people);
                    copy.copyIn(TitleWriter.TITLES_COPY, new StringReader(batch.titles()));
                    copy.copyIn("COPY title_genres (title_id, genre_id) FROM STDIN", new StringReader(batch.genres()));
                    copy.copyIn("COPY credits (title_id, position, person_id, role, character, billing) FROM STDIN",
                            new StringReader(batch.credits()));
                    if ((done + BATCH) % 250_000 == 0) {
                        BenchStand.say("… %,d titles written", done + BATCH);
                    }
                }
            } finally {
                statement.execute("ALTER TABLE titles ENABLE TRIGGER titles_words_collect");
                statement.execute("ALTER TABLE title_genres ENABLE TRIGGER ALL");
                statement.execute("ALTER TABLE credits ENABLE TRIGGER ALL");
                statement.execute("RESET gin_pending_list_limit");
            }
            statement.execute("""
                    INSERT INTO title_words (word)
                    SELECT DISTINCT word FROM titles, unnest(tsvector_to_array(search_tsv)) AS w(word)
                    ON CONFLICT (word) DO NOTHING""");
            statement.execute("VACUUM ANALYZE");
        }
    }

    private List<UUID> genres(CopyManager copy) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        List<UUID> ids = new ArrayList<>();
        for (String[] genre : Vocabulary.GENRES) {
            UUID id = UUID.nameUUIDFromBytes(genre[0].getBytes());
            ids.add(id);
            rows.append(id).append('\t').append(genre[0]).append('\t').append(genre[1]).append('\t')
                    .append(genre[2]).append('\n');
        }
        copyIn(copy, "COPY genres (id, slug, name_en, name_fr) FROM STDIN", rows);
        return ids;
    }

    private List<UUID> people(CopyManager copy, Random random, int count) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            ids.add(id);
            rows.append(id).append('\t').append(Vocabulary.capitalised(words.names.draw(random))).append(' ')
                    .append(Vocabulary.capitalised(words.names.draw(random))).append('\n');
        }
        copyIn(copy, "COPY people (id, name) FROM STDIN", rows);
        return ids;
    }

    private static void copyIn(CopyManager copy, String sql, StringBuilder rows) throws SQLException, IOException {
        copy.copyIn(sql, new StringReader(rows.toString()));
    }
}
