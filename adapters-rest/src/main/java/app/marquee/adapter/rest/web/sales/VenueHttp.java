package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.domain.shared.Rejection;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/** What the venue controllers share: who may call them, the text rule, per-item and per-field parsing. */
final class VenueHttp {
    static final String OPERATOR = "OPERATOR";
    static final String ADMIN = "ADMIN";
    static final String MERGE_PATCH = "application/merge-patch+json";
    /** No ISO control character (U+0000-U+001F, U+007F-U+009F): the domain refuses them in names. */
    static final String NO_CONTROL = "[^\\x00-\\x1F\\x7F-\\x9F]*";

    private VenueHttp() {
    }

    static RejectedException invalid(String field) {
        return new RejectedException(Rejection.onField(RestRejection.INVALID_VALUE, field));
    }

    /** Each item of a list, built by the domain; a null or refused item is INVALID_VALUE on "field[i]". */
    static <I, T> List<T> each(String field, @Nullable List<I> items, Function<I, T> valueObject) {
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
            int index = i;
            values.add(Fields.parse(name, () -> valueObject.apply(items.get(index))));
        }
        return values;
    }

    /**
     * Lets the domain judge input one field at a time, so a refusal names the field at fault:
     * {@code upTo.apply(n)} builds the value from the first n fields as given and neutral values
     * for the rest; the last step, with every field as given, is the result.
     */
    static <T> T stepwise(List<String> fields, IntFunction<T> upTo) {
        T built = null;
        for (int n = 1; n <= fields.size(); n++) {
            int step = n;
            built = Fields.parse(fields.get(n - 1), () -> upTo.apply(step));
        }
        return built;
    }
}
