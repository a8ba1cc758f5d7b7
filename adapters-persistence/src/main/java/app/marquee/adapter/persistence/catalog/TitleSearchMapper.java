package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.catalog.TitleSearchCursor.Position;
import app.marquee.application.catalog.search.TitleSort;
import app.marquee.application.catalog.search.TitleSummary;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Between the rows of a search and the summaries, facets and cursor positions it answers with. */
final class TitleSearchMapper {
    private TitleSearchMapper() {
    }

    static TitleSummary summary(TitleSearchRow row) {
        return new TitleSummary(new TitleId(row.id()), TitleKind.valueOf(row.kind()), row.name(),
                Optional.ofNullable(row.originalName()), row.releaseYear(),
                row.runtimeMinutes() == null ? OptionalInt.empty() : OptionalInt.of(row.runtimeMinutes()),
                row.genreSlugs() == null ? List.of() : List.of(row.genreSlugs()),
                Optional.ofNullable(row.ageRating()),
                TitleMapper.image(row.posterBlobKey(), row.posterMediaType(), row.posterWidth(), row.posterHeight(),
                        row.posterBytes(), row.posterSha256()),
                TitleStatus.valueOf(row.status()));
    }

    /** The row's place in {@code sort}: the key that sort orders by, and the id. */
    static Position position(TitleSearchRow row, TitleSort sort) {
        return switch (sort) {
            case RELEVANCE -> new Position(row.score(), null, row.id());
            case YEAR -> new Position(row.releaseYear().longValue(), null, row.id());
            case POPULARITY -> new Position(row.popularity(), null, row.id());
            case TITLE -> new Position(null, row.sortName(), row.id());
        };
    }

    static TitleSearchRow facetRow(TitleFacetRow facet) {
        return new TitleSearchRow(facet.part(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, facet.facetValue(), facet.facetCount());
    }
}
