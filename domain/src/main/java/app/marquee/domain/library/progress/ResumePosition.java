package app.marquee.domain.library.progress;

import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

/**
 * Where a viewer stopped in a film or an episode, in whole seconds from its start, with the
 * runtime it was measured against. A position lies between 0 and the runtime, both included:
 * a player may stop at the very last second.
 * <p>
 * The catalog keeps runtimes in whole minutes, so a real film may run up to 59 seconds past its
 * catalog runtime, and its player reports positions there at the end. A report up to
 * {@value #RUNTIME_ROUNDING_SECONDS} seconds past the runtime is taken as the very end (kept
 * as the runtime, so finished); further than that it is refused.
 */
public record ResumePosition(int seconds, int runtimeSeconds) {
    public static final String FIELD = "positionSeconds";
    /** How far past the runtime a report may lie: what rounding a runtime down to whole minutes can hide. */
    public static final int RUNTIME_ROUNDING_SECONDS = 59;

    public ResumePosition {
        if (runtimeSeconds < 1) {
            throw new IllegalArgumentException("a runtime is at least one second");
        }
        if (seconds < 0 || seconds > runtimeSeconds) {
            throw new IllegalArgumentException("a position lies between 0 and the runtime");
        }
    }

    /**
     * The position a viewer reported (one up to 59 seconds past the runtime taken as the runtime),
     * or why it cannot be one: POSITION_NEGATIVE, POSITION_BEYOND_RUNTIME.
     */
    public static Outcome<ResumePosition> of(int seconds, int runtimeSeconds) {
        if (seconds < 0) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_NEGATIVE, FIELD));
        }
        if ((long) seconds > (long) runtimeSeconds + RUNTIME_ROUNDING_SECONDS) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_BEYOND_RUNTIME, FIELD));
        }
        return Outcome.accepted(new ResumePosition(Math.min(seconds, runtimeSeconds), runtimeSeconds));
    }

    /** The very start of something not watched yet. */
    public static ResumePosition start(int runtimeSeconds) {
        return new ResumePosition(0, runtimeSeconds);
    }

    /** How much has been watched, in whole percent rounded down (so 100 means the very end). */
    public int percent() {
        return (int) (seconds * 100L / runtimeSeconds);
    }

    public boolean isFinished() {
        return FinishedPolicy.isFinished(this);
    }
}
