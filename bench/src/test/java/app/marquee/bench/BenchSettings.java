package app.marquee.bench;

import java.nio.file.Path;

/** What one benchmark run measures, from the system properties the Maven plugin passes (-Dtitles=…). */
record BenchSettings(Path jar, Path directory, int titles, String scenario, int users, int durationSeconds,
                     int warmupSeconds, int poolSize) {

    static BenchSettings fromSystem() {
        return new BenchSettings(
                Path.of(System.getProperty("bench.jar", "../bootstrap/target/marquee.jar")),
                Path.of(System.getProperty("bench.dir", "target/bench")),
                Integer.parseInt(System.getProperty("bench.titles", "100000")),
                System.getProperty("bench.scenario", "search"),
                Integer.parseInt(System.getProperty("bench.users", "8")),
                Integer.parseInt(System.getProperty("bench.duration", "45")),
                Integer.parseInt(System.getProperty("bench.warmup", "20")),
                Integer.parseInt(System.getProperty("bench.poolSize", "10")));
    }
}
