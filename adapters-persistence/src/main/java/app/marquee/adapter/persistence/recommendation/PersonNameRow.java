package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** A person's name as it is now, null once they are removed. */
@Introspected
record PersonNameRow(UUID id, @Nullable String name) {
}
