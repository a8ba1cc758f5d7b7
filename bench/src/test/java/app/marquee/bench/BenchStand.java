package app.marquee.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything a run stands on, set up in order and taken down in reverse: a fresh database, the
 * Marquee jar on it (Flyway migrates it), the catalog loaded, the scenario's own data (Marquee
 * started again with production's settings if the scenario prepared under others), and a warm-up
 * (the JIT, the pool, PostgreSQL's caches) whose requests are not measured. The warm-up lasts at
 * least until the jobs' first rounds, 20 and 30 s after Marquee's start, are behind it.
 */
final class BenchStand implements AutoCloseable {
    /** Marquee's jobs first run 20 s (popularity) and 30 s (co-favorites) after its start. */
    private static final long FIRST_JOB_ROUNDS_NANOS = 35_000_000_000L;
    private final BenchSettings settings;
    private final BenchScenario scenario;
    private final int port;
    private final String jwtSecret = MarqueeProcess.newJwtSecret();
    private Path directory;
    private BenchDatabase database;
    private MarqueeProcess marquee;
    private long measuredFrom;
    private double loadSeconds;

    BenchStand(BenchSettings settings, BenchScenario scenario) throws IOException {
        this.settings = settings;
        this.scenario = scenario;
        this.port = MarqueeProcess.freePort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void setUp() throws Exception {
        // Should Gatling's JVM stop early (an error, Ctrl-C), neither Marquee nor PostgreSQL outlives it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close();
            } catch (Exception e) {
                // the JVM is going away
            }
        }));
        directory = settings.directory().resolve("run-" + scenario.name() + "-" + settings.titles());
        Files.createDirectories(directory);
        database = BenchDatabase.start(directory);
        Map<String, String> preparation = scenario.preparationSettings();
        startMarquee(preparation.isEmpty() ? "marquee.log" : "marquee-preparation.log", preparation);
        long started = System.nanoTime();
        try (Connection connection = database.connect()) {
            new CatalogLoader(connection, new Vocabulary()).load(settings.titles());
            loadSeconds = (System.nanoTime() - started) / 1e9;
            say("loaded %,d titles in %.1f s", settings.titles(), loadSeconds);
            scenario.prepare(connection, marquee);
        }
        if (!preparation.isEmpty()) {
            marquee.close();
            say("Marquee started again with production's settings (it prepared with %s)", preparation);
            startMarquee("marquee.log", Map.of());
        }
        warmUp();
        measuredFrom = ServerTimings.endOf(marquee.log());
    }

    synchronized ServerTimings.Summary serverTimings() throws IOException {
        return ServerTimings.read(marquee.log(), measuredFrom, scenario.path());
    }

    double loadSeconds() {
        return loadSeconds;
    }

    private void startMarquee(String logName, Map<String, String> marqueeSettings) throws Exception {
        marquee = MarqueeProcess.start(settings.jar(), directory, logName, database, settings.poolSize(), port,
                jwtSecret, marqueeSettings);
        say("Marquee (pid %d) is up on %s, log %s", marquee.pid(), baseUrl(), marquee.log());
    }

    private void warmUp() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long from = System.nanoTime();
        long until = Math.max(from + settings.warmupSeconds() * 1_000_000_000L,
                marquee.startedNanos() + FIRST_JOB_ROUNDS_NANOS);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(settings.users());
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < settings.users(); t++) {
            Random random = new Random(-1 - t);
            workers.add(threads.submit(() -> {
                while (System.nanoTime() < until) {
                    BenchScenario.BenchRequest next = scenario.next(random);
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + next.uri()));
                    if (next.bearerToken() != null) {
                        request.header("Authorization", "Bearer " + next.bearerToken());
                    }
                    int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    sent.incrementAndGet();
                    if (status != 200) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        threads.shutdown();
        say("warm-up: %,d requests in %.0f s, %d not 200", sent.get(), (System.nanoTime() - from) / 1e9,
                failed.get());
        if (failed.get() > 0) {
            throw new IllegalStateException("the warm-up met errors; see " + marquee.log());
        }
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

    static void say(String format, Object... values) {
        System.out.println("[bench] " + String.format(java.util.Locale.ROOT, format, values));
    }
}
