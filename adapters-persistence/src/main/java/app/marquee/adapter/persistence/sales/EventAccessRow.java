package app.marquee.adapter.persistence.sales;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** An event's status and owner, all that deciding who may see it needs. */
@Introspected
record EventAccessRow(String status, UUID ownerId) {
}
