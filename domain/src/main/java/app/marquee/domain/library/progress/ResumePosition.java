package app.marquee.domain.library.progress;

import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

/**
 * Where a viewer stopped in a film or an episode, in whole seconds from its start, with the
 * runtime it was measured against. A position lies between 0 and the runtime, both included:
 * a player may stop at the very last second.
 */
public record ResumePosition(int seconds, int runtimeSeconds) {
    public static final String FIELD = "positionSeconds";

    public ResumePosition {
        if (runtimeSeconds < 1) {
            throw new IllegalArgumentException("a runtime is at least one second");
        }
        if (seconds < 0 || seconds > runtimeSeconds) {
            throw new IllegalArgumentException("a position lies between 0 and the runtime");
        }
    }

    /** The position a viewer reported, or why it cannot be one: POSITION_NEGATIVE, POSITION_BEYOND_RUNTIME. */
    public static Outcome<ResumePosition> of(int seconds, int runtimeSeconds) {
        if (seconds < 0) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_NEGATIVE, FIELD));
        }
        if (seconds > runtimeSeconds) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.POSITION_BEYOND_RUNTIME, FIELD));
        }
        return Outcome.accepted(new ResumePosition(seconds, runtimeSeconds));
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
