package app.marquee.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Run by Maven after Gatling for the sale scenarios, in place of {@link BenchSummary}: prints the
 * sale's report again (Gatling's own summary came after it) and fails the build when the run
 * failed: a 5xx, a loser not refused with a clean 409, a show not sold exactly out, books that do
 * not reconcile.
 */
public final class SaleSummary {

    private SaleSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path bench = Path.of(args[0]).resolve("bench");
        Path text = bench.resolve("sale-report.txt");
        if (!Files.exists(text)) {
            throw new IllegalStateException("no sale report in " + bench + ": the run did not get that far");
        }
        System.out.println();
        System.out.print(Files.readString(text));
        Properties result = new Properties();
        try (var in = Files.newBufferedReader(bench.resolve("sale-result.properties"))) {
            result.load(in);
        }
        if (!Boolean.parseBoolean(result.getProperty("passed"))) {
            throw new IllegalStateException("the " + result.getProperty("scenario") + " benchmark failed; see above");
        }
    }
}
