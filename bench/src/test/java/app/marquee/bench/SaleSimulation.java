package app.marquee.bench;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * One sale benchmark ({@code -Dscenario=flash-sale} or {@code seated-sale}): the stand set up
 * ({@link SaleStand}), then {@code users} clients (64 by default) buy, each sending its next
 * request as soon as the last one is answered (a closed model: Gatling starts them at once and each
 * loops until the sale is over), first on a small warm-up show, then (for the flash sale) for a
 * moment on the cheapest signed-in request ({@link SignedInFloor}), then on the show measured. Each
 * client signs in as one buyer and keeps its own connection. Afterwards {@link SaleChecks} reads the
 * books and prints the report; {@link SaleSummary} prints it again after Gatling and fails the build
 * if the run failed.
 */
public class SaleSimulation extends Simulation {
    private final BenchSettings settings = BenchSettings.fromSystem();
    private final SaleScenario sale = SaleScenario.named(settings.scenario());
    private final SaleRun warmUp = new SaleRun("warm-up");
    private final SaleRun measured = new SaleRun(sale.name());
    private final SignedInFloor floor = new SignedInFloor();
    private final SaleStand stand;
    private String loadAverageBefore;

    public SaleSimulation() throws Exception {
        stand = new SaleStand(settings, sale);
        // A report left by an earlier run must not stand for this one, should this one stop early.
        Files.deleteIfExists(settings.directory().resolve("sale-report.txt"));
        Files.deleteIfExists(settings.directory().resolve("sale-result.properties"));
        PopulationBuilder sold = clients(measured, true).injectOpen(atOnceUsers(settings.users()));
        setUp(clients(warmUp, false).injectOpen(atOnceUsers(settings.users()))
                .andThen(sale.comparesWithSingleRow() ? floorClients().andThen(sold) : sold))
                .protocols(http.baseUrl(stand.baseUrl()).acceptHeader("application/json"));
    }

    private ScenarioBuilder clients(SaleRun run, boolean measuring) {
        AtomicInteger next = new AtomicInteger();
        return scenario(run.label()).exec(session -> {
            if (measuring) {
                stand.beginMeasurement();
            }
            return session.set("token", stand.buyer(next.getAndIncrement()));
        }).exec(sale.client(run));
    }

    /** The signed-in floor's clients, between the warm-up and the sale ({@link SignedInFloor}). */
    private PopulationBuilder floorClients() {
        AtomicInteger next = new AtomicInteger();
        return scenario("signed-in floor").exec(session -> session.set("token", stand.buyer(next.getAndIncrement())))
                .exec(floor.client(stand::cpuNow)).injectOpen(atOnceUsers(settings.users()));
    }

    @Override
    public void before() {
        try {
            BenchStand.say("scenario %s, %d clients, pool %d, load average %s", sale.name(), settings.users(),
                    settings.poolSize(), CatalogSimulation.loadAverage());
            stand.setUp(warmUp, measured);
            loadAverageBefore = CatalogSimulation.loadAverage();
        } catch (Exception e) {
            closeQuietly();
            throw new IllegalStateException("the sale benchmark could not be set up", e);
        }
    }

    @Override
    public void after() {
        try {
            SaleReport report = new SaleChecks(stand, sale, settings, floor).report(warmUp, measured, loadAverageBefore);
            System.out.println();
            System.out.print(report.text());
            report.write(settings.directory());
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
}
