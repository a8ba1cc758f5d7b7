package app.marquee.domain.library.progress;

/**
 * When a film or an episode counts as watched: once the viewer reached 90 % of its runtime. End
 * credits take the last minutes of most films, and viewers rarely sit through them, so waiting
 * for 100 % would leave most films "in progress" for ever. Computed in whole numbers, so the
 * boundary is exact: 5,400 seconds of a 6,000-second film is finished, 5,399 is not.
 */
public final class FinishedPolicy {
    public static final int FINISHED_PERCENT = 90;

    private FinishedPolicy() {
    }

    public static boolean isFinished(ResumePosition position) {
        return position.seconds() * 100L >= (long) FINISHED_PERCENT * position.runtimeSeconds();
    }
}
