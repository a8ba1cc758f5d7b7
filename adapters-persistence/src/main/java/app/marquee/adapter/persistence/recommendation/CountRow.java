package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** How many published titles a genre or a person has. */
@Introspected
record CountRow(UUID id, long count) {
}
