package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** One row of {@code credits}; {@code position} keeps the title's list in the order it was written. */
@Introspected
record CreditRow(UUID titleId, int position, UUID personId, String role, @Nullable String character, int billing) {
}
