package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.domain.shared.Rejection;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Builds a domain value object from what the caller sent. The value object has the last word on
 * its own rules; when it refuses the input, the caller gets 400 INVALID_VALUE naming the field.
 * Only input goes through here: any other IllegalArgumentException is a bug and stays a 500.
 */
public final class Fields {
    private Fields() {
    }

    public static <T> T parse(String field, Supplier<T> valueObject) {
        try {
            return valueObject.get();
        } catch (IllegalArgumentException refused) {
            throw invalid(field);
        }
    }

    /** The first and last instants the API takes: beyond them Java's and PostgreSQL's calendars part. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** The instant as sent, or INVALID_VALUE naming the field when it lies outside 1900-9999. */
    public static Instant moment(String field, Instant value) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw invalid(field);
        }
        return value;
    }

    /** The optional instant as sent, checked as {@link #moment}. */
    public static Optional<Instant> optionalMoment(String field, @Nullable Instant value) {
        return value == null ? Optional.empty() : Optional.of(moment(field, value));
    }

    /** The day as sent, or INVALID_VALUE naming the field when it lies outside 1900-9999. */
    public static LocalDate day(String field, LocalDate value) {
        if (value.getYear() < 1900 || value.getYear() > 9998) {
            throw invalid(field);
        }
        return value;
    }

    public static RejectedException invalid(String field) {
        return new RejectedException(Rejection.onField(RestRejection.INVALID_VALUE, field));
    }

    /** Each item of a list, built by the domain; a null or refused item is INVALID_VALUE on "field[i]". */
    public static <I, T> List<T> each(String field, @Nullable List<I> items, Function<I, T> valueObject) {
        List<T> values = new ArrayList<>();
        if (items == null) {
            return values;
        }
        for (int i = 0; i < items.size(); i++) {
            I item = items.get(i);
            String name = field + "[" + i + "]";
            if (item == null) {
                throw invalid(name);
            }
            values.add(parse(name, () -> valueObject.apply(item)));
        }
        return values;
    }

    /**
     * Lets the domain judge input one field at a time, so a refusal names the field at fault:
     * {@code upTo.apply(n)} builds the value object from the first n fields as given and neutral
     * values for the rest. The last step, with every field as given, is the result.
     */
    public static <T> T stepwise(List<String> fields, IntFunction<T> upTo) {
        T built = null;
        for (int n = 1; n <= fields.size(); n++) {
            int step = n;
            built = parse(fields.get(n - 1), () -> upTo.apply(step));
        }
        return built;
    }
}
