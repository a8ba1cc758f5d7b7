package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSort;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleKind;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;

/** The query string of GET /api/v1/titles as a search; admins also search drafts. */
final class TitleSearchMapper {
    private TitleSearchMapper() {
    }

    record Params(@Nullable String q, @Nullable String genre, @Nullable Integer year, @Nullable Integer yearFrom,
                  @Nullable Integer yearTo, @Nullable TitleKind type, @Nullable String language,
                  @Nullable String sort, int limit, @Nullable String cursor) {
    }

    static TitleSearch search(Params params, boolean admin) {
        if (params.yearFrom() != null && params.yearTo() != null && params.yearFrom() > params.yearTo()) {
            throw Fields.invalid("yearFrom");
        }
        Optional<LanguageCode> language = Optional.ofNullable(params.language()).filter(code -> !code.isBlank())
                .map(code -> Fields.parse("language", () -> new LanguageCode(code)));
        Optional<TitleSort> sort = Optional.ofNullable(params.sort()).filter(order -> !order.isBlank())
                .map(order -> Fields.parse("sort", () -> TitleSort.valueOf(order.toUpperCase(Locale.ROOT))));
        Optional<String> after = Cursors.decode(params.cursor());
        return Fields.parse("q", () -> new TitleSearch(Optional.ofNullable(params.q()),
                Optional.ofNullable(params.genre()).filter(slug -> !slug.isBlank()), Optional.ofNullable(params.year()),
                Optional.ofNullable(params.yearFrom()), Optional.ofNullable(params.yearTo()),
                Optional.ofNullable(params.type()), language, sort.orElse(null), admin, after, params.limit()));
    }
}
