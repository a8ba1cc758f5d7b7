package app.marquee.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One benchmark run: the stand set up (database, Marquee, catalog, warm-up), then a closed load,
 * {@code users} callers each sending its next request as soon as the last one answered, for
 * {@code duration} seconds; Gatling prints throughput and the client's percentiles, and this
 * writes the server's next to them ({@code target/bench/result-*.properties}, read by
 * {@link BenchSummary}).
 */
public class CatalogSimulation extends Simulation {
    private final BenchSettings settings = BenchSettings.fromSystem();
    private final BenchScenario traffic = BenchScenarios.named(settings.scenario());
    private final BenchStand stand;
    private String loadAverageBefore;

    public CatalogSimulation() throws Exception {
        stand = new BenchStand(settings, traffic);
        HttpProtocolBuilder protocol = http.baseUrl(stand.baseUrl()).acceptHeader("application/json")
                .shareConnections();
        Random random = new Random(1);
        Iterator<Map<String, Object>> requests = Stream.generate(() -> {
            BenchScenario.BenchRequest next = traffic.next(random);
            return Map.<String, Object>of("uri", next.uri(),
                    "authorization", next.bearerToken() == null ? "" : "Bearer " + next.bearerToken());
        }).iterator();
        ScenarioBuilder callers = scenario(traffic.name()).feed(requests)
                .doIfOrElse(session -> session.getString("authorization").isEmpty())
                .then(exec(http(traffic.name()).get("#{uri}").check(status().is(200))))
                .orElse(exec(http(traffic.name()).get("#{uri}").header("Authorization", "#{authorization}")
                        .check(status().is(200))));
        setUp(callers.injectClosed(constantConcurrentUsers(settings.users())
                .during(Duration.ofSeconds(settings.durationSeconds())))).protocols(protocol);
    }

    @Override
    public void before() {
        try {
            BenchStand.say("scenario %s, %,d titles, %d concurrent callers for %d s, pool %d, load average %s",
                    traffic.name(), settings.titles(), settings.users(), settings.durationSeconds(),
                    settings.poolSize(), loadAverage());
            stand.setUp();
            loadAverageBefore = loadAverage();
        } catch (Exception e) {
            closeQuietly();
            throw new IllegalStateException("the benchmark could not be set up", e);
        }
    }

    @Override
    public void after() {
        try {
            ServerTimings.Summary server = stand.serverTimings();
            String result = String.join("\n",
                    "date=" + LocalDate.now(),
                    "scenario=" + traffic.name(),
                    "titles=" + settings.titles(),
                    "users=" + settings.users(),
                    "duration=" + settings.durationSeconds(),
                    "loadSeconds=" + String.format(Locale.ROOT, "%.0f", stand.loadSeconds()),
                    "loadAverageBefore=" + loadAverageBefore,
                    "loadAverageAfter=" + loadAverage(),
                    "serverRequests=" + server.requests(),
                    "serverFailed=" + server.failed(),
                    "serverP50=" + server.p50(),
                    "serverP95=" + server.p95(),
                    "serverP99=" + server.p99(),
                    "serverMax=" + server.max()) + "\n";
            Files.writeString(settings.directory().resolve("result.properties"), result);
            BenchStand.say("server-side %s: %,d answered (%d not 200), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                    settings.scenario(), server.requests(), server.failed(), server.p50(), server.p95(), server.p99());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            stand.close();
        } catch (Exception e) {
            BenchStand.say("could not stop cleanly: %s", e);
        }
    }

    /** The 1, 5 and 15 minute load averages, as uptime prints them: the machine is shared. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception unknown) {
            return "unknown";
        }
    }
}
