package app.marquee.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is read once a sale is over, into its report: the database's durability settings, the
 * scenario's own figures, every answer the clients got (a 5xx, no answer, or a refusal that is not
 * a clean 409 fails the run), the show's books through {@code GET /api/v1/admin/shows/{id}/integrity}
 * (sold out exactly and reconciling, or the run fails), the server's own timings, the statements
 * PostgreSQL spent its time on, and, for the flash sale, the single-row limit beside it and the
 * least processor time a purchase can take here ({@link SignedInFloor}).
 */
final class SaleChecks {
    private static final String ALL_STATEMENTS = """
            SELECT sum(calls), sum(total_exec_time) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'""";
    private static final String TOP_STATEMENTS = """
            SELECT calls, total_exec_time, mean_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g')
              FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 8""";
    private static final String EVERY_STATEMENT = """
            SELECT calls, total_exec_time, mean_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g')
              FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC, total_exec_time DESC""";
    private static final String WAL_FLUSHES = "SELECT wal_sync, wal_records FROM pg_stat_wal";
    private final SaleStand stand;
    private final SaleScenario sale;
    private final BenchSettings settings;
    private final SignedInFloor floor;

    SaleChecks(SaleStand stand, SaleScenario sale, BenchSettings settings, SignedInFloor floor) {
        this.stand = stand;
        this.sale = sale;
        this.settings = settings;
        this.floor = floor;
    }

    SaleReport report(SaleRun warmUp, SaleRun measured, String loadAverageBefore) throws Exception {
        ProcessCpu cpu = stand.cpuSinceMeasured();
        SaleReport report = new SaleReport(sale.name(), settings.users());
        report.line("load average before %s, after %s (1, 5, 15 min; 2 cores shared by Marquee, PostgreSQL, Gatling)",
                loadAverageBefore, CatalogSimulation.loadAverage());
        report.line("PostgreSQL: %s; Marquee's pool %d", stand.durability(), settings.poolSize());
        sale.report(measured, report);
        cpu(report, cpu, measured.counts().purchases().size());
        answers(report, warmUp);
        answers(report, measured);
        books(report, measured.show());
        serverTimings(report, measured.show());
        statements(report, measured.counts().purchases().size());
        if (sale.comparesWithSingleRow()) {
            singleRow(report);
        }
        return report;
    }

    private static void cpu(SaleReport report, ProcessCpu cpu, int purchases) {
        report.line("processor time from the sale's first attempt to its last answer (%.1f s, 2 cores): Marquee %.1f s, "
                        + "PostgreSQL %.1f s, Gatling %.1f s; per completed purchase (its share of losing attempts "
                        + "included): Marquee %.1f ms, PostgreSQL %.1f ms", cpu.wallSeconds(), cpu.marqueeSeconds(),
                cpu.postgresSeconds(), cpu.gatlingSeconds(), 1000 * cpu.marqueeSeconds() / Math.max(1, purchases),
                1000 * cpu.postgresSeconds() / Math.max(1, purchases));
    }

    private static void answers(SaleReport report, SaleRun run) {
        StringBuilder text = new StringBuilder();
        run.counts().outcomes().forEach((outcome, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(outcome).append(": ").append(String.format("%,d", count)));
        report.line("answers (%s): %s", run.label(), text);
        List<String> failures = run.counts().failures();
        if (!failures.isEmpty()) {
            report.fail("%s: answers that are neither a success nor a clean 409: %s", run.label(), failures);
        }
    }

    private void books(SaleReport report, SaleShow show) throws Exception {
        SaleApi api = new SaleApi(stand.baseUrl());
        JsonNode books = api.get("/api/v1/admin/shows/" + show.id() + "/integrity", BoxOffice.adminToken(api), 200);
        JsonNode places = books.get("places");
        report.line("integrity: capacity %d, sold %d, held %d, remaining %d; tickets issued %d, valid %d; paid orders "
                        + "%d; captured %s; reconciles %s", places.get("capacity").asInt(), places.get("sold").asInt(),
                places.get("held").asInt(), places.get("remaining").asInt(), books.get("tickets").get("issued").asInt(),
                books.get("tickets").get("valid").asInt(), books.get("orders").get("paid").asInt(),
                books.get("money").get("captured").get("amount").asLong(), books.get("reconciles").asBoolean());
        for (JsonNode check : books.get("checks")) {
            if (!check.get("holds").asBoolean()) {
                report.fail("integrity check %s fails: %s", check.get("name").asText(), check.get("figures").asText());
            }
        }
        if (places.get("sold").asInt() != show.capacity() || !books.get("reconciles").asBoolean()) {
            report.fail("the books say sold %d of %d, reconciles %s", places.get("sold").asInt(), show.capacity(),
                    books.get("reconciles").asBoolean());
        }
    }

    private void serverTimings(SaleReport report, SaleShow show) throws Exception {
        for (Map.Entry<String, String> timed : List.of(Map.entry("/api/v1/shows/" + show.id() + "/holds", "201"),
                Map.entry("/api/v1/shows/" + show.id() + "/holds", "409"), Map.entry("/api/v1/orders", "201"))) {
            ServerTimings.Summary server = ServerTimings.read(stand.marquee().log(), stand.measuredFrom(),
                    timed.getKey(), timed.getValue());
            report.line("server-side %s %s: %,d, p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms",
                    timed.getKey().replace(show.id(), "{id}"), timed.getValue(), server.requests(), server.p50(),
                    server.p95(), server.p99(), server.max());
        }
    }

    private void statements(SaleReport report, int purchases) throws Exception {
        try (Connection connection = stand.database().connect(); Statement statement = connection.createStatement();
             ResultSet all = statement.executeQuery(ALL_STATEMENTS)) {
            all.next();
            report.line("PostgreSQL ran %,d statements during the sale (%.1f per completed purchase, losing attempts "
                            + "included) for %.1f s; by total time (pg_stat_statements: calls, total, mean, rows):",
                    all.getLong(1), all.getLong(1) / (double) Math.max(1, purchases), all.getDouble(2) / 1000);
        }
        try (Connection connection = stand.database().connect(); Statement statement = connection.createStatement();
             ResultSet wal = statement.executeQuery(WAL_FLUSHES)) {
            wal.next();
            report.line("PostgreSQL flushed its write-ahead log %,d times during the sale (%.2f per completed purchase: "
                    + "durable commits, several commits flushed together counting once)", wal.getLong(1),
                    wal.getLong(1) / (double) Math.max(1, purchases));
        }
        everyStatement(purchases);
        try (Connection connection = stand.database().connect(); Statement statement = connection.createStatement();
             ResultSet top = statement.executeQuery(TOP_STATEMENTS)) {
            while (top.next()) {
                String query = top.getString(5);
                report.line("  %,8d  %8.1f s  %7.2f ms  %,9d  %s", top.getLong(1), top.getDouble(2) / 1000,
                        top.getDouble(3), top.getLong(4), query.length() > 150 ? query.substring(0, 150) + "…" : query);
            }
        }
    }

    /** Every statement of the sale by calls, per completed purchase, into {@code sale-statements.txt} beside the report. */
    private void everyStatement(int purchases) throws Exception {
        StringBuilder text = new StringBuilder("calls per purchase, calls, total ms, mean ms, rows, statement\n");
        try (Connection connection = stand.database().connect(); Statement statement = connection.createStatement();
             ResultSet every = statement.executeQuery(EVERY_STATEMENT)) {
            while (every.next()) {
                text.append(String.format(java.util.Locale.ROOT, "%6.2f %9d %10.1f %7.3f %9d  %s%n",
                        every.getLong(1) / (double) Math.max(1, purchases), every.getLong(1), every.getDouble(2),
                        every.getDouble(3), every.getLong(4), every.getString(5)));
            }
        }
        java.nio.file.Files.writeString(stand.directory().getParent().resolve("sale-statements.txt"), text);
    }

    private void singleRow(SaleReport report) throws Exception {
        Optional<Path> pgbench = SingleRowLimit.pgbench();
        if (pgbench.isEmpty()) {
            report.fail("no pgbench to measure the single-row limit with (bench/run installs it; or set PGBENCH)");
            return;
        }
        SingleRowLimit.Result limit = SingleRowLimit.measure(stand.database(), stand.directory(), pgbench.get());
        double sale = report.figure("purchasesPerSecond");
        report.figure("singleRowTransactionsPerSecond", limit.transactionsPerSecond());
        report.line("single-row limit of the same PostgreSQL (%s, %d clients, %d s, durable commits, bare UPDATE of one "
                        + "counter row): %.0f transactions/s, latency average %.1f ms", limit.pgbench(),
                SingleRowLimit.CLIENTS, SingleRowLimit.SECONDS, limit.transactionsPerSecond(), limit.latencyMillis());
        report.line("flash sale against it: %.0f completed purchases/s = %.0f %% of the single-row limit "
                        + "(issue 4's target: >= 1,000/s and >= 50 %%; p99 <= 150 ms)", sale,
                100 * sale / limit.transactionsPerSecond());
        if (limit.postgresMillisPerTransaction() > 0) {
            report.line("PostgreSQL's processor per pgbench transaction (one UPDATE of the contended row, one durable "
                    + "commit; whatever else the server did in those seconds included): %.2f ms",
                    limit.postgresMillisPerTransaction());
        }
        floor.report(report, limit);
    }
}
