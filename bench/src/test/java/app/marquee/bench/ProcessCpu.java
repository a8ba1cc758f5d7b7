package app.marquee.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processor time spent by the three parties of a run, from /proc (Linux): Marquee's JVM,
 * PostgreSQL (its postmaster and every process it started: the pool's backends), and this JVM,
 * Gatling's. Taken when the measurement starts and again when it ends, the difference says where
 * two cores went: per purchase, who pays what.
 */
record ProcessCpu(double marqueeSeconds, double postgresSeconds, double gatlingSeconds, long nanos) {
    /** USER_HZ: /proc counts processor time in hundredths of a second. */
    private static final double TICKS_PER_SECOND = 100;

    static ProcessCpu now(long marqueePid, Path postgresData) {
        long postmaster = postmaster(postgresData);
        return new ProcessCpu(seconds(marqueePid), postmaster < 0 ? 0 : family(postmaster),
                seconds(ProcessHandle.current().pid()), System.nanoTime());
    }

    /** PostgreSQL's processor time so far (postmaster and the processes it started), 0 if it cannot be read. */
    static double postgresSeconds(Path postgresData) {
        long postmaster = postmaster(postgresData);
        return postmaster < 0 ? 0 : family(postmaster);
    }

    ProcessCpu since(ProcessCpu start) {
        return new ProcessCpu(marqueeSeconds - start.marqueeSeconds, postgresSeconds - start.postgresSeconds,
                gatlingSeconds - start.gatlingSeconds, nanos - start.nanos);
    }

    double wallSeconds() {
        return nanos / 1e9;
    }

    private static long postmaster(Path data) {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException unknown) {
            return -1;
        }
    }

    /** The postmaster's time, its live children's, and that of the children it has reaped (backends gone). */
    private static double family(long postmaster) {
        for (int attempt = 0; attempt < 5; attempt++) {
            double before = own(postmaster);
            double children = liveChildren(postmaster);
            double after = own(postmaster);
            if (before == after) { // no backend was reaped during the scan: counted once, live or gone
                return after + children;
            }
        }
        return own(postmaster) + liveChildren(postmaster);
    }

    /** The postmaster's own time with that of the children it has reaped. */
    private static double own(long postmaster) {
        String[] own = stat(Path.of("/proc", Long.toString(postmaster)));
        return own == null ? 0 : (Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13])
                + Long.parseLong(own[14])) / TICKS_PER_SECOND;
    }

    private static double liveChildren(long postmaster) {
        double total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String[] stat = stat(process);
                if (stat != null && stat[1].equals(Long.toString(postmaster))) {
                    total += (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / TICKS_PER_SECOND;
                }
            }
        } catch (IOException unreadable) {
            return 0;
        }
        return total;
    }

    private static double seconds(long pid) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? 0 : (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / TICKS_PER_SECOND;
    }

    /**
     * The fields of /proc/pid/stat after the command's name: [0] state, [1] ppid, [11] utime, [12] stime,
     * [13] cutime, [14] cstime (children waited for).
     */
    private static String[] stat(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException notAProcess) {
            return null;
        }
    }
}
