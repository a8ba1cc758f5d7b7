package app.marquee.domain.shared;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A business rule said no. Expected refusals travel as values, not exceptions: the reason's
 * name is the stable error {@code code} the API shows, the optional field points at the input
 * that caused it, {@code retryAfter} tells a throttled caller when to come back, and
 * {@code details} lists the things the refusal is about (the ids of seats already taken), so the
 * caller can fix exactly those.
 */
public final class Rejection {
    private final String code;
    private final String field;
    private final Duration retryAfter;
    private final List<String> details;

    private Rejection(String code, String field, Duration retryAfter, List<String> details) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a rejection code is UPPER_SNAKE_CASE");
        }
        this.code = code;
        this.field = field;
        this.retryAfter = retryAfter;
        this.details = List.copyOf(details);
    }

    public static Rejection of(Enum<?> reason) {
        return new Rejection(reason.name(), null, null, List.of());
    }

    public static Rejection onField(Enum<?> reason, String field) {
        return new Rejection(reason.name(), Objects.requireNonNull(field, "field"), null, List.of());
    }

    public Rejection withRetryAfter(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("retryAfter cannot be negative");
        }
        return new Rejection(code, field, wait, details);
    }

    /** The same rejection about these things (ids, in the order given), e.g. the seats already taken. */
    public Rejection withDetails(List<String> about) {
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

    /** What the refusal is about, in order; empty when it is about the request as a whole. */
    public List<String> details() {
        return details;
    }

    public boolean is(Enum<?> reason) {
        return code.equals(reason.name());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rejection r && code.equals(r.code) && Objects.equals(field, r.field)
                && Objects.equals(retryAfter, r.retryAfter) && details.equals(r.details);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, field, retryAfter, details);
    }

    @Override
    public String toString() {
        return "Rejection[" + code + (field == null ? "" : " on " + field)
                + (details.isEmpty() ? "" : " about " + details) + "]";
    }
}
