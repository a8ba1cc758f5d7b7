package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A title whose co-favorites are due, with the revision of its audience they are computed from. */
@Introspected
record DueTitleRow(UUID titleId, long revision) {
}
