package app.marquee.bootstrap.jar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar, as a user runs it: {@code java -jar marquee.jar} with no database configured.
 * It must create its embedded PostgreSQL under MARQUEE_DATA_DIR, keep the data across a restart,
 * stop PostgreSQL on SIGTERM, and refuse to start without a JWT secret outside dev or with Stripe
 * chosen but no key. Prints the
 * start-up time on an initialised data directory (the README quotes it); asserts no timing.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of("target", "marquee.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String PASSWORD = "violet-Meadow-lantern-91";

    @Test
    void startsOnTheEmbeddedDatabaseKeepsDataAcrossRestartsAndStopsCleanly(@TempDir Path dataDir) throws Exception {
        assertThat(JAR).exists();
        int port = freePort();
        Process first = start(dataDir, port, "a-jwt-secret-for-the-runnable-jar-test!");
        long firstStart = awaitHealthy(first, port);
        HttpResponse<String> registered = post(port, "/api/v1/auth/register", "{\"email\":\"jar@example.org\","
                + "\"password\":\"" + PASSWORD + "\",\"displayName\":\"Jar\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        stop(first);
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("PostgreSQL stopped with the JVM").doesNotExist();

        Process second = start(dataDir, port, "a-jwt-secret-for-the-runnable-jar-test!");
        long secondStart = awaitHealthy(second, port);
        try {
            HttpResponse<String> login = post(port, "/api/v1/auth/login",
                    "{\"email\":\"jar@example.org\",\"password\":\"" + PASSWORD + "\"}");
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(get(port, "/openapi.json").body()).contains("\"openapi\"");
            assertThat(get(port, "/swagger-ui").statusCode()).isEqualTo(200);
        } finally {
            stop(second);
        }
        System.out.printf("RunnableJarIT: first start (fresh data directory) %d ms, "
                + "start with an initialised data directory %d ms (process start to /health UP)%n",
                firstStart, secondStart);
    }

    @Test
    void loadsTheDemoCatalogWhenAsked(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        Process process = start(dataDir, port, "a-jwt-secret-for-the-runnable-jar-test!", "MARQUEE_DEMO_DATA", "true");
        awaitHealthy(process, port);
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode series = json.readTree(get(port, "/api/v1/titles?type=SERIES&limit=1").body()).at("/items/0");
            assertThat(series.get("kind").asText()).isEqualTo("SERIES");
            JsonNode detail = json.readTree(get(port, "/api/v1/titles/" + series.get("id").asText()).body());
            assertThat(detail.at("/seasons/0/episodes").size()).isGreaterThanOrEqualTo(6);
            long titles = 0;
            for (JsonNode decade : json.readTree(get(port, "/api/v1/titles?limit=1").body()).at("/facets/decades")) {
                titles += decade.get("count").asLong();
            }
            assertThat(titles).isGreaterThanOrEqualTo(500);
        } finally {
            stop(process);
        }
    }

    @Test
    void refusesToStartOutsideDevWithoutAJwtSecret(@TempDir Path dataDir) throws Exception {
        Process process = start(dataDir, freePort(), null);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process exits by itself").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(dataDir.resolve("marquee.log"))).contains("JWT_SECRET must be set");
    }

    @Test
    void refusesToStartWithStripeChosenButNoSecretKey(@TempDir Path dataDir) throws Exception {
        Process process = start(dataDir, freePort(), "a-jwt-secret-for-the-runnable-jar-test!",
                "MARQUEE_PAYMENT_PROVIDER", "stripe");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process exits by itself").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(dataDir.resolve("marquee.log"))).contains("needs STRIPE_SECRET_KEY");
    }

    private static Process start(Path dataDir, int port, String jwtSecret, String... extraEnv) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("marquee.log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DATASOURCES_") || name.startsWith("MICRONAUT_")
                || name.startsWith("MARQUEE_") || name.startsWith("STRIPE_") || name.equals("JWT_SECRET"));
        env.put("MARQUEE_DATA_DIR", dataDir.toString());
        env.put("PORT", String.valueOf(port));
        if (jwtSecret != null) {
            env.put("JWT_SECRET", jwtSecret);
        }
        for (int i = 0; i + 1 < extraEnv.length; i += 2) {
            env.put(extraEnv[i], extraEnv[i + 1]);
        }
        return builder.start();
    }

    private static long awaitHealthy(Process process, int port) throws InterruptedException {
        long started = process.info().startInstant().map(t -> t.toEpochMilli()).orElse(System.currentTimeMillis());
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(process.isAlive()).as("the application is running").isTrue();
            try {
                if (get(port, "/health").statusCode() == 200) {
                    return System.currentTimeMillis() - started;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no healthy answer within two minutes");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(int port, String path, String json)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
