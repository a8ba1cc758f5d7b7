package app.marquee.domain.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A business rule said no. Expected refusals travel as values, not exceptions: the reason's
 * name is the stable error {@code code} the API shows, the optional field points at the input
 * that caused it, {@code retryAfter} tells a throttled caller when to come back, and
 * {@code subjects} names the things the refusal is about when there are some (the seats a show
 * still uses, the screening in the way), so the caller can act on them.
 */
public final class Rejection {
    private final String code;
    private final String field;
    private final Duration retryAfter;
    private final List<String> subjects;

    private Rejection(String code, String field, Duration retryAfter) {
        this(code, field, retryAfter, List.of());
    }

    private Rejection(String code, String field, Duration retryAfter, List<String> subjects) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a rejection code is UPPER_SNAKE_CASE");
        }
        this.code = code;
        this.field = field;
        this.retryAfter = retryAfter;
        this.subjects = List.copyOf(subjects);
    }

    public static Rejection of(Enum<?> reason) {
        return new Rejection(reason.name(), null, null, List.of());
    }

    public static Rejection onField(Enum<?> reason, String field) {
        return new Rejection(reason.name(), Objects.requireNonNull(field, "field"), null, List.of());
    }

    /** A refusal about these things (seat labels, a screening id...), in the order given. */
    public static Rejection about(Enum<?> reason, Collection<String> subjects) {
        return new Rejection(reason.name(), null, null, List.copyOf(subjects));
    }

    public Rejection withRetryAfter(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("retryAfter cannot be negative");
        }
        return new Rejection(code, field, wait, subjects);
    }

    /** The same rejection about these things (ids, in the order given), e.g. the seats already taken. */
    public Rejection withSubjects(List<String> about) {
        return new Rejection(code, field, retryAfter, about);
    }

    public String code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** What the refusal is about; empty when it names nothing. */
    public List<String> subjects() {
        return subjects;
    }

    public boolean is(Enum<?> reason) {
        return code.equals(reason.name());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rejection r && code.equals(r.code) && Objects.equals(field, r.field)
                && Objects.equals(retryAfter, r.retryAfter) && subjects.equals(r.subjects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, field, retryAfter, subjects);
    }

    @Override
    public String toString() {
        return "Rejection[" + code + (field == null ? "" : " on " + field)
                + (subjects.isEmpty() ? "" : " about " + subjects) + "]";
    }
}
