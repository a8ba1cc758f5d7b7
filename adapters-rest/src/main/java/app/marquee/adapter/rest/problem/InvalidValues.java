package app.marquee.adapter.rest.problem;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;

import java.util.List;

/**
 * Names the input a conversion or binding failure is about ("password", "items[2].seatId"),
 * from the JSON path Micronaut Serde records, without exposing the failure's own message.
 */
public final class InvalidValues {
    private InvalidValues() {
    }

    public static String field(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                return path(serde.getPath());
            }
            if (t instanceof InvalidPropertyFormatException property) {
                return property.getArgument().getName();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (cause instanceof ConversionErrorException conversion) {
            return conversion.getArgument().getName();
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return unsatisfied.getArgument().getName();
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            return unsatisfied.getArgument().getName();
        }
        return "";
    }

    /** Serde records the path innermost first, as the failure unwinds: credits[0].personId as personId, [0], credits. */
    private static String path(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath step = path.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                field.append('[').append(entry.key()).append(']');
            } else {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(step.getArgument().getName());
            }
        }
        return field.toString();
    }
}
