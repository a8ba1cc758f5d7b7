package app.marquee.domain.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of asking the domain to do something: either it was accepted, with a value, or it
 * was rejected, with the {@link Rejection} that says why. Use cases return outcomes so that a
 * refusal is an ordinary answer the caller must handle, never a surprise exception.
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Rejected {

    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "an accepted outcome carries a value");
        }
    }

    record Rejected<T>(Rejection rejection) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    static <T> Outcome<T> rejected(Enum<?> reason) {
        return new Rejected<>(Rejection.of(reason));
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Accepted<T> accepted) {
            return new Accepted<>(mapper.apply(accepted.value()));
        }
        return new Rejected<>(((Rejected<T>) this).rejection());
    }

    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next) {
        if (this instanceof Accepted<T> accepted) {
            return next.apply(accepted.value());
        }
        return new Rejected<>(((Rejected<T>) this).rejection());
    }

    /**
     * The same outcome, but a rejection for {@code from} is told as {@code to}: a write that lost a
     * race (CONCURRENT_UPDATE) is, for a client that said which version it edited, a stale version.
     */
    default Outcome<T> recast(Enum<?> from, Enum<?> to) {
        if (this instanceof Rejected<T> rejected && rejected.rejection().is(from)) {
            return rejected(to);
        }
        return this;
    }

    default <X extends RuntimeException> T orElseThrow(Function<Rejection, X> toException) {
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw toException.apply(((Rejected<T>) this).rejection());
    }
}
