package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** Someone credited on a title, with their name. */
@Introspected
record CreditedRow(UUID titleId, UUID personId, String name, String role) {
}
