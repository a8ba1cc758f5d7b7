package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Introspected;

/** A facet count: {@code part} GENRE (a slug) or DECADE (its first year), and how many titles. */
@Introspected
record TitleFacetRow(String part, String facetValue, long facetCount) {
}
