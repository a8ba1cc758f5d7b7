package app.marquee.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's side of the story: Marquee logs every request once with the time it spent on it,
 * from its first filter to its answer ({@code GET /api/v1/titles 200 3.1ms id=…}). This reads
 * those lines from an offset of the log on, for one path, and gives their percentiles.
 */
final class ServerTimings {
    private static final Pattern LINE = Pattern.compile(" - (\\w+) (\\S+) (\\d{3}) ([0-9.]+)ms id=");

    record Summary(long requests, long failed, double p50, double p95, double p99, double max) {
    }

    private ServerTimings() {
    }

    static long endOf(Path log) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            return file.length();
        }
    }

    static Summary read(Path log, long from, String path) throws IOException {
        return read(log, from, path, "200");
    }

    /** The requests to {@code path} answered {@code status} timed; any other answer counted as failed. */
    static Summary read(Path log, long from, String path, String status) throws IOException {
        List<Double> millis = new ArrayList<>();
        long failed = 0;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            String raw;
            while ((raw = file.readLine()) != null) {
                Matcher line = LINE.matcher(new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
                if (line.find() && line.group(2).equals(path)) {
                    if (line.group(3).equals(status)) {
                        millis.add(Double.parseDouble(line.group(4)));
                    } else {
                        failed++;
                    }
                }
            }
        }
        Collections.sort(millis);
        return new Summary(millis.size(), failed, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), millis.isEmpty() ? 0 : millis.get(millis.size() - 1));
    }

    /** Nearest rank. */
    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
