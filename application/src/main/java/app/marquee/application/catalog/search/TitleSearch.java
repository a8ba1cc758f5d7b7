package app.marquee.application.catalog.search;

import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleKind;

import java.util.Objects;
import java.util.Optional;

/**
 * A search over the catalog. {@code text} matches title and original title, ignoring case and
 * accents and tolerating a typo; the other filters combine with AND. Only published titles are
 * searched unless {@code includeUnpublished} (admins). {@code after} is the opaque cursor of the
 * previous page.
 */
public record TitleSearch(Optional<String> text, Optional<String> genreSlug, Optional<Integer> year,
                          Optional<Integer> yearFrom, Optional<Integer> yearTo, Optional<TitleKind> kind,
                          Optional<LanguageCode> language, TitleSort sort, boolean includeUnpublished,
                          Optional<String> after, int limit) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_TEXT = 200;

    public TitleSearch {
        text = Objects.requireNonNull(text).map(String::strip).filter(t -> !t.isEmpty());
        if (text.map(String::length).orElse(0) > MAX_TEXT) {
            throw new IllegalArgumentException("search text is at most 200 characters");
        }
        Objects.requireNonNull(genreSlug);
        Objects.requireNonNull(year);
        Objects.requireNonNull(yearFrom);
        Objects.requireNonNull(yearTo);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(language);
        Objects.requireNonNull(after);
        if (sort == null || (sort == TitleSort.RELEVANCE && text.isEmpty())) {
            sort = text.isPresent() ? TitleSort.RELEVANCE : TitleSort.TITLE;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT);
        }
    }
}
