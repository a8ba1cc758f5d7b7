package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** One of a person's most popular published titles. */
@Introspected
record PersonTitleRow(UUID personId, UUID titleId) {
}
