package app.marquee.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Run by Maven after Gatling: puts the run's client figures (Gatling's report: throughput,
 * p50/p95/p99) and the server's (its request log) on one line, adds it to
 * {@code target/bench/summary.tsv}, and prints every line there, so running the ladder
 * (10k, 100k, 1M titles) one size after another ends with one table.
 */
public final class BenchSummary {
    /** The "All Requests" row of Gatling's report: count, OK, KO, KO %, req/s, min, then the percentiles. */
    private static final Pattern ROOT_ROW = Pattern.compile("<tr id=\"ROOT\"(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)<");
    private static final String HEADER = String.join("\t", "date", "scenario", "titles", "load avg (before)",
            "req/s", "requests", "KO", "client p50", "client p95", "client p99", "server p50", "server p95",
            "server p99", "load (s)");

    private BenchSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Properties result = new Properties();
        try (var in = Files.newBufferedReader(target.resolve("bench/result.properties"))) {
            result.load(in);
        }
        String[] client = clientFigures(latestReport(target.resolve("gatling")));
        String line = String.join("\t", result.getProperty("date"), result.getProperty("scenario"),
                result.getProperty("titles"), result.getProperty("loadAverageBefore"), client[4], client[0],
                client[2], client[6], client[7], client[8], ms(result, "serverP50"), ms(result, "serverP95"),
                ms(result, "serverP99"), result.getProperty("loadSeconds"));
        Path summary = target.resolve("bench/summary.tsv");
        if (!Files.exists(summary)) {
            Files.writeString(summary, HEADER + "\n");
        }
        Files.writeString(summary, line + "\n", java.nio.file.StandardOpenOption.APPEND);
        print(Files.readAllLines(summary));
    }

    private static String ms(Properties result, String key) {
        return String.format(Locale.ROOT, "%.1f", Double.parseDouble(result.getProperty(key)));
    }

    /** The newest report of the catalog's simulation (a sale's, whose name sorts later, is not this run's). */
    private static Path latestReport(Path gatling) throws IOException {
        try (Stream<Path> reports = Files.list(gatling)) {
            return reports.filter(dir -> dir.getFileName().toString().startsWith("catalogsimulation-"))
                    .filter(dir -> Files.exists(dir.resolve("index.html")))
                    .max(Comparator.comparing(Path::getFileName)).orElseThrow(() ->
                            new IllegalStateException("no Gatling report under " + gatling));
        }
    }

    /** Cells 2.. of the ROOT row: requests, OK, KO, KO %, req/s, min, p50, p95, p99, p99.9, max. */
    private static String[] clientFigures(Path report) throws IOException {
        Matcher row = ROOT_ROW.matcher(Files.readString(report.resolve("index.html")));
        if (!row.find()) {
            throw new IllegalStateException("no statistics in " + report + "; see Gatling's own summary above");
        }
        String[] cells = new String[12];
        Matcher cell = CELL.matcher(row.group(1));
        while (cell.find()) {
            int column = Integer.parseInt(cell.group(1));
            if (column >= 2 && column - 2 < cells.length) {
                cells[column - 2] = cell.group(2).strip();
            }
        }
        return cells;
    }

    private static void print(List<String> lines) {
        List<String[]> rows = lines.stream().map(l -> l.split("\t", -1)).toList();
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        System.out.println();
        System.out.println("Benchmark (milliseconds; client = Gatling, server = Marquee's request log)");
        for (String[] row : rows) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < row.length && i < widths.length; i++) {
                text.append(String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            System.out.println(text.toString().stripTrailing());
        }
    }
}
