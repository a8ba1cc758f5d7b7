package app.marquee.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * What a sale stands on, set up in order and taken down in reverse: a fresh PostgreSQL with
 * durable commits and {@code pg_stat_statements}, the Marquee jar on it with an admin, a box office
 * (an operator), the buyers registered and signed in through the API, and the two shows (the
 * warm-up's and the one measured). When the warm-up is over, the statistics and the server's log
 * are read from that point on.
 */
final class SaleStand implements AutoCloseable {
    private final BenchSettings settings;
    private final SaleScenario scenario;
    private final int port;
    private Path directory;
    private BenchDatabase database;
    private MarqueeProcess marquee;
    private List<String> buyers = List.of();
    private long measuredFrom = -1;
    private ProcessCpu cpuAtStart;

    SaleStand(BenchSettings settings, SaleScenario scenario) throws Exception {
        this.settings = settings;
        this.scenario = scenario;
        this.port = MarqueeProcess.freePort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path directory() {
        return directory;
    }

    BenchDatabase database() {
        return database;
    }

    MarqueeProcess marquee() {
        return marquee;
    }

    long measuredFrom() {
        return measuredFrom;
    }

    /** Buyer {@code i}'s access token (buyers are shared round the clients). */
    String buyer(int i) {
        return buyers.get(i % buyers.size());
    }

    void setUp(SaleRun warmUp, SaleRun measured) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close();
            } catch (Exception e) {
                // the JVM is going away
            }
        }));
        directory = settings.directory().resolve("run-" + scenario.name());
        Files.createDirectories(directory);
        database = BenchDatabase.start(directory, Map.of("shared_preload_libraries", "pg_stat_statements"));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
        marquee = MarqueeProcess.start(settings.jar(), directory, "marquee.log", database, settings.poolSize(), port,
                MarqueeProcess.newJwtSecret(), Map.of("MARQUEE_ADMIN_EMAIL", BoxOffice.ADMIN_EMAIL,
                        "MARQUEE_ADMIN_PASSWORD", BoxOffice.ADMIN_PASSWORD));
        BenchStand.say("Marquee (pid %d) is up on %s, log %s", marquee.pid(), baseUrl(), marquee.log());
        BoxOffice office = BoxOffice.open(new SaleApi(baseUrl()));
        SaleShow small = scenario.open(office, true);
        warmUp.open(small, scenario.attempts(small));
        SaleShow show = scenario.open(office, false);
        measured.open(show, scenario.attempts(show));
        BenchStand.say("shows on sale: %s (warm-up), %s (measured)", warmUp.show(), measured.show());
        long started = System.nanoTime();
        BenchViewers viewers = new BenchViewers(baseUrl());
        viewers.markEmailsVerified(viewers.register(settings.users()), BoxOffice.adminToken(new SaleApi(baseUrl())));
        buyers = List.copyOf(viewers.signIn(settings.users()));
        BenchStand.say("%d buyers registered and signed in through the API in %.1f s", buyers.size(),
                (System.nanoTime() - started) / 1e9);
    }

    /** From now on is measured: the statements' statistics start again, the server's log is read from here. */
    synchronized void beginMeasurement() {
        if (measuredFrom >= 0) {
            return;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
            statement.execute("SELECT pg_stat_reset_shared('wal')");
            measuredFrom = ServerTimings.endOf(marquee.log());
            cpuAtStart = cpu();
        } catch (Exception e) {
            throw new IllegalStateException("could not start measuring", e);
        }
        BenchStand.say("warm-up over; measuring (load average %s)", CatalogSimulation.loadAverage());
    }

    /** Processor time spent by Marquee, PostgreSQL and Gatling since the measurement began. */
    ProcessCpu cpuSinceMeasured() {
        return cpu().since(cpuAtStart);
    }

    /** Processor time spent so far by Marquee, PostgreSQL and Gatling. */
    ProcessCpu cpuNow() {
        return cpu();
    }

    private ProcessCpu cpu() {
        return ProcessCpu.now(marquee.pid(), directory.resolve("postgres"));
    }

    /** The settings that make a commit durable, as the server reports them, and the data's file system. */
    String durability() throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String setting : List.of("synchronous_commit", "fsync", "full_page_writes", "wal_sync_method",
                    "server_version")) {
                try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
                    value.next();
                    text.append(setting).append('=').append(value.getString(1)).append(' ');
                }
            }
        }
        Path data = directory.resolve("postgres");
        return text.append("(data on ").append(Files.exists(data) ? Files.getFileStore(data).type() : "another server")
                .append(')').toString();
    }

    @Override
    public synchronized void close() throws Exception {
        if (marquee != null) {
            marquee.close();
            marquee = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
