package app.marquee.bootstrap.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When the JVM was killed with SIGKILL, its embedded postmaster survives, holding the data
 * directory. The next start finds the directory's lock free (the JVM that held it is gone) but a
 * {@code postmaster.pid} present: that server is an orphan, and is stopped before a new one starts.
 * If the lock is held, another live Marquee uses this directory, and starting is refused.
 */
final class StalePostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    private static final String ZONKY_LOCK = "epg-lock";

    private StalePostmaster() {
    }

    static void reap(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileOutputStream lockStream = new FileOutputStream(dataDirectory.resolve(ZONKY_LOCK).toFile());
             FileLock lock = tryLock(lockStream)) {
            if (lock == null) {
                throw new IllegalStateException("another Marquee is using " + dataDirectory
                        + "; stop it or set MARQUEE_DATA_DIR to another directory");
            }
            Optional<ProcessHandle> orphan = pid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (orphan.isPresent()) {
                LOG.warn("Stopping an orphaned PostgreSQL (pid {}) left by an earlier run", orphan.get().pid());
                stop(orphan.get());
            }
            Files.deleteIfExists(pidFile);
        }
    }

    private static FileLock tryLock(FileOutputStream lockStream) throws IOException {
        try {
            return lockStream.getChannel().tryLock();
        } catch (OverlappingFileLockException heldByThisJvm) {
            return null;
        }
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            process.destroyForcibly();
        }
    }
}
