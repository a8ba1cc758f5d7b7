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
final class InvalidValues {
    private InvalidValues() {
    }

    static String field(Throwable cause) {
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

    private static String path(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (ReferencePath step : path) {
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
