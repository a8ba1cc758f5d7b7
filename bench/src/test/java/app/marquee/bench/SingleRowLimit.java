package app.marquee.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ceiling a flash sale is compared with: how many times per second the benchmark's own
 * PostgreSQL commits the bare conditional update of one counter row, {@code UPDATE stock SET sold
 * = sold + 1 WHERE id = 1 AND sold < cap}, from {@value #CLIENTS} pgbench clients for
 * {@value #SECONDS} s, durable commits as for the sale. Every such commit waits for the row's lock
 * and its own WAL flush, as a sale's commits on one area's stock row do. In a database of its own
 * ({@code single_row}), so Marquee's tables are not touched.
 */
final class SingleRowLimit {
    static final int CLIENTS = 16;
    static final int SECONDS = 20;
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");

    /**
     * pgbench's figures, and the processor time PostgreSQL spent per transaction (its postmaster and
     * backends, from /proc; 0 when the server is not the benchmark's own and cannot be read).
     */
    record Result(double transactionsPerSecond, double latencyMillis, String pgbench,
                  double postgresMillisPerTransaction) {
    }

    private SingleRowLimit() {
    }

    /** pgbench as the PGBENCH variable names it, else on the PATH, else Debian's newest; empty if none. */
    static Optional<Path> pgbench() {
        String named = System.getenv("PGBENCH");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Optional<Path> onPath = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "pgbench")).filter(Files::isExecutable).findFirst();
        if (onPath.isPresent()) {
            return onPath;
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable)
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException none) {
            return Optional.empty();
        }
    }

    static Result measure(BenchDatabase database, Path directory, Path pgbench) throws Exception {
        Matcher url = URL.matcher(database.url());
        if (!url.find()) {
            throw new IllegalStateException("cannot read host and port from " + database.url());
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS single_row");
            statement.execute("CREATE DATABASE single_row");
        }
        String singleRow = database.url().replaceFirst("/" + Pattern.quote(url.group(3)) + "(\\?|$)", "/single_row$1");
        try (Connection connection = DriverManager.getConnection(singleRow, database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE stock (id int PRIMARY KEY, sold bigint NOT NULL, cap bigint NOT NULL)");
            statement.execute("INSERT INTO stock VALUES (1, 0, 1000000000000)");
        }
        Path script = directory.resolve("single-row.sql");
        Files.writeString(script, "UPDATE stock SET sold = sold + 1 WHERE id = 1 AND sold < cap;\n");
        Path log = directory.resolve("pgbench.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(pgbench.toString(), "-n", "-c", Integer.toString(CLIENTS),
                "-j", "2", "-T", Integer.toString(SECONDS), "-f", script.toString(), "-h", url.group(1),
                "-p", url.group(2) == null ? "5432" : url.group(2), "-U", database.username(), "single_row"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PGPASSWORD", database.password());
        double postgresBefore = ProcessCpu.postgresSeconds(directory.resolve("postgres"));
        Process process = builder.start();
        if (!process.waitFor(SECONDS + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish; see " + log);
        }
        Thread.sleep(500); // pgbench's backends exit as it disconnects; the postmaster reaps them, with their time
        double postgresSpent = ProcessCpu.postgresSeconds(directory.resolve("postgres")) - postgresBefore;
        String output = Files.readString(log);
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (process.exitValue() != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench failed (" + process.exitValue() + "): " + output);
        }
        Matcher processed = PROCESSED.matcher(output);
        long transactions = processed.find() ? Long.parseLong(processed.group(1)) : 0;
        return new Result(Double.parseDouble(tps.group(1)), latency.find() ? Double.parseDouble(latency.group(1)) : 0,
                pgbench.toString(), transactions == 0 ? 0 : 1000 * postgresSpent / transactions);
    }
}
