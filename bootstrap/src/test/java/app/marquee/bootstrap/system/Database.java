package app.marquee.bootstrap.system;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A look at the server's database from the side, for what HTTP cannot show (never to set anything up). */
final class Database {
    private Database() {
    }

    static long count(String sql) {
        try (Connection connection = database().getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The first column of the first row as text (null when there is no row or the value is null). */
    static String text(String sql) {
        try (Connection connection = database().getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Every text column of the public schema (text, varchar, char, jsonb) as {@code table.column}. */
    static List<String> textColumns() {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.table_name, c.column_name FROM information_schema.columns c
                       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                        AND c.data_type IN ('text', 'character varying', 'character', 'jsonb')""")) {
            while (rows.next()) {
                columns.add("\"" + rows.getString(1) + "\".\"" + rows.getString(2) + "\"");
            }
            return columns;
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static DataSource database() {
        return DelegatingDataSource.unwrapDataSource(MarqueeServer.context().getBean(DataSource.class));
    }
}
