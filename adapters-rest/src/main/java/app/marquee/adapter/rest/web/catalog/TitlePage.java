package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.image.ImageResponse;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.application.catalog.search.TitleSearchPage;
import app.marquee.application.catalog.search.TitleSummary;
import app.marquee.domain.shared.image.ImageSlot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of search results, and facet counts over every match (not only this page). */
@Serdeable
@Schema(name = "TitlePage")
public record TitlePage(List<Summary> items,
                        @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page; null on"
                                + " the last page") String nextCursor,
                        Facets facets) {

    static TitlePage of(TitleSearchPage page) {
        return new TitlePage(page.items().stream().map(Summary::of).toList(),
                page.nextCursor().map(Cursors::encode).orElse(null),
                new Facets(page.genreCounts().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(entry -> new GenreCount(entry.getKey(), entry.getValue())).toList(),
                        page.decadeCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                                .map(entry -> new DecadeCount(entry.getKey(), entry.getValue())).toList()));
    }

    @Serdeable
    @Schema(name = "TitleSummary", description = "A title as a list shows it")
    public record Summary(UUID id, @Schema(allowableValues = {"MOVIE", "SERIES"}) String kind, String title,
                          @Nullable @Schema(nullable = true) String originalTitle, int releaseYear,
                          @Nullable @Schema(nullable = true) Integer runtimeMinutes,
                          @Schema(description = "Genre slugs") List<String> genres,
                          @Nullable @Schema(nullable = true) String ageRating,
                          @Nullable @Schema(nullable = true, description = "null until one is uploaded")
                          ImageResponse poster,
                          @Schema(allowableValues = {"DRAFT", "PUBLISHED", "ARCHIVED"}) String status) {
        static Summary of(TitleSummary title) {
            return new Summary(title.id().value(), title.kind().name(), title.title(),
                    title.originalTitle().orElse(null), title.releaseYear(),
                    title.runtimeMinutes().isPresent() ? title.runtimeMinutes().getAsInt() : null,
                    title.genreSlugs().stream().sorted(Comparator.naturalOrder()).toList(),
                    title.ageRating().orElse(null),
                    title.poster().map(image -> ImageResponse.of("/api/v1/titles/" + title.id().value(),
                            ImageSlot.POSTER, image)).orElse(null),
                    title.status().name());
        }
    }

    @Serdeable
    @Schema(name = "TitleFacets", description = "Matches per genre (most first) and per decade (oldest first)")
    public record Facets(List<GenreCount> genres, List<DecadeCount> decades) {
    }

    @Serdeable
    @Schema(name = "GenreFacet")
    public record GenreCount(@Schema(example = "drama") String slug, long count) {
    }

    @Serdeable
    @Schema(name = "DecadeFacet")
    public record DecadeCount(@Schema(example = "1990") int decade, long count) {
    }
}
