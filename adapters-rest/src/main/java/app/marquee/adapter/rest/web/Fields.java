package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.domain.shared.Rejection;

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
            throw new RejectedException(Rejection.onField(RestRejection.INVALID_VALUE, field));
        }
    }
}
