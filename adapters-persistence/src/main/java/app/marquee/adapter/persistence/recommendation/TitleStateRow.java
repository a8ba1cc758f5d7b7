package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A title's name and status as they are now. */
@Introspected
record TitleStateRow(UUID id, String name, String status) {
}
