package app.marquee.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Marquee jar in a process of its own, as it runs in production ({@code java -jar},
 * no dev environment, a real JWT secret), on the benchmark's database, its log kept in a file:
 * the server's own timing of each request is read back from it ({@link ServerTimings}). Started
 * again with the same secret, it still accepts the tokens the previous process signed.
 */
final class MarqueeProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;
    private final long startedNanos;

    private MarqueeProcess(Process process, Path log, int port, long startedNanos) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /** A fresh HS256 secret, to share between the processes of one run. */
    static String newJwtSecret() {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /**
     * Starts the jar and waits until it is healthy; {@code settings} are environment variables set
     * on top of the production defaults ({@code MARQUEE_CO_FAVORITES_REFRESH=5s}…), logged to
     * {@code directory/logName}.
     */
    static MarqueeProcess start(Path jar, Path directory, String logName, BenchDatabase database, int poolSize,
                                int port, String jwtSecret, Map<String, String> settings)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -Pbench -pl bench -am verify");
        }
        Path log = directory.resolve(logName);
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvmOptions = System.getenv("MARQUEE_BENCH_JVM_OPTIONS");
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            command.addAll(java.util.Arrays.asList(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(java.util.List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("MICRONAUT_") || key.startsWith("MARQUEE_"));
        env.put("PORT", Integer.toString(port));
        env.put("DATASOURCES_DEFAULT_URL", database.url());
        env.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        env.put("MARQUEE_DATA_DIR", directory.resolve("marquee-data").toString());
        env.put("MARQUEE_DB_POOL_SIZE", Integer.toString(poolSize));
        env.put("JWT_SECRET", jwtSecret);
        env.putAll(settings);
        long started = System.nanoTime();
        MarqueeProcess marquee = new MarqueeProcess(builder.start(), log, port, started);
        marquee.awaitHealthy(Duration.ofMinutes(2));
        return marquee;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /** When the process was started, on {@link System#nanoTime()}'s clock. */
    long startedNanos() {
        return startedNanos;
    }

    private void awaitHealthy(Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Marquee stopped during start-up; see " + log);
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Marquee was not healthy within " + patience + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
