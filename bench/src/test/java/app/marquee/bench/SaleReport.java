package app.marquee.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The report of one sale, built as the run ends: lines to print, the figures worth keeping, and
 * whatever made the run a failure (a 5xx, a show not sold exactly out, books that do not
 * reconcile). Written next to Gatling's report, where {@link SaleSummary} prints it again last and
 * fails the build if the run failed.
 */
final class SaleReport {
    private final String scenario;
    private final int clients;
    private final List<String> lines = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> figures = new LinkedHashMap<>();

    SaleReport(String scenario, int clients) {
        this.scenario = scenario;
        this.clients = clients;
    }

    int clients() {
        return clients;
    }

    void line(String format, Object... values) {
        lines.add(String.format(Locale.ROOT, format, values));
    }

    void figure(String name, double value) {
        figures.put(name, String.format(Locale.ROOT, "%.1f", value));
    }

    double figure(String name) {
        return Double.parseDouble(figures.getOrDefault(name, "0"));
    }

    void fail(String format, Object... values) {
        failures.add(String.format(Locale.ROOT, format, values));
    }

    boolean passed() {
        return failures.isEmpty();
    }

    String text() {
        StringBuilder text = new StringBuilder("Sale benchmark: " + scenario + "\n");
        lines.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append(passed() ? "  PASSED: sold out exactly, books reconcile, every loser a clean 409, no 5xx\n"
                : "  FAILED:\n");
        failures.forEach(failure -> text.append("    - ").append(failure).append('\n'));
        return text.toString();
    }

    /** {@code directory/sale-report.txt} and {@code sale-result.properties} (passed, figures). */
    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("sale-report.txt"), text());
        Properties result = new Properties();
        result.setProperty("scenario", scenario);
        result.setProperty("passed", Boolean.toString(passed()));
        figures.forEach(result::setProperty);
        try (var out = Files.newBufferedWriter(directory.resolve("sale-result.properties"))) {
            result.store(out, "the last sale benchmark");
        }
    }
}
