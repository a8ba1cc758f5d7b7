package app.marquee.domain.library.progress;

import app.marquee.domain.identity.account.AccountId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one viewer got in one film or episode: the place to resume from, whether it counts as
 * watched ({@link FinishedPolicy}), and when it first did. A viewer has one entry per film and
 * per episode, which each new position replaces.
 * <p>
 * Rules: the latest report wins, by the time the server received it; a report older than the
 * entry (a player's retry arriving late) leaves the position alone. Finishing is remembered: the
 * first time an entry reached 90 % stays its {@code completedAt} even when the viewer starts it
 * again from the beginning, so recommendations keep treating it as seen, while the entry itself
 * is back in progress.
 */
public final class WatchProgress {
    private final AccountId viewer;
    private final WatchedItem item;
    private ResumePosition position;
    private Optional<Instant> completedAt;
    private Instant updatedAt;

    private WatchProgress(AccountId viewer, WatchedItem item, ResumePosition position, Optional<Instant> completedAt,
                          Instant updatedAt) {
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.item = Objects.requireNonNull(item, "item");
        this.position = Objects.requireNonNull(position, "position");
        this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if (position.isFinished() && completedAt.isEmpty()) {
            throw new IllegalArgumentException("a finished entry knows when it was first finished");
        }
    }

    /** The first position a viewer reports for a film or an episode. */
    public static WatchProgress begin(AccountId viewer, WatchedItem item, ResumePosition position, Instant at) {
        return new WatchProgress(viewer, item, position, position.isFinished() ? Optional.of(at) : Optional.empty(), at);
    }

    /** For the persistence adapter only. */
    public static WatchProgress rehydrate(AccountId viewer, WatchedItem item, ResumePosition position,
                                          Optional<Instant> completedAt, Instant updatedAt) {
        return new WatchProgress(viewer, item, position, completedAt, updatedAt);
    }

    /** A new position, reported at {@code at}; an older report than the entry's only adds a first completion. */
    public WatchProgress moveTo(ResumePosition reported, Instant at) {
        if (reported.isFinished()) {
            completedAt = Optional.of(completedAt.filter(first -> first.isBefore(at)).orElse(at));
        }
        if (!at.isBefore(updatedAt)) {
            position = reported;
            updatedAt = at;
        }
        return this;
    }

    public boolean isFinished() {
        return position.isFinished();
    }

    /** Whether the viewer has ever reached the end of it, even if watching it again now. */
    public boolean wasEverFinished() {
        return completedAt.isPresent();
    }

    public AccountId viewer() {
        return viewer;
    }

    public WatchedItem item() {
        return item;
    }

    public ResumePosition position() {
        return position;
    }

    public Optional<Instant> completedAt() {
        return completedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
