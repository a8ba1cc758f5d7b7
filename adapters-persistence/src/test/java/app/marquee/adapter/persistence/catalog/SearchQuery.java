package app.marquee.adapter.persistence.catalog;

import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSort;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleKind;

import java.util.Optional;

/** A {@link TitleSearch} being written for a test, one filter at a time (20 a page unless said). */
record SearchQuery(Optional<String> text, Optional<String> genre, Optional<Integer> year, Optional<Integer> yearFrom,
                   Optional<Integer> yearTo, Optional<TitleKind> kind, Optional<LanguageCode> language, TitleSort sort,
                   boolean withDrafts, Optional<String> after, int limit) {

    static SearchQuery words(String text) {
        return browse().text(text);
    }

    static SearchQuery browse() {
        return new SearchQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), null, false, Optional.empty(), 20);
    }

    SearchQuery text(String words) {
        return new SearchQuery(Optional.of(words), genre, year, yearFrom, yearTo, kind, language, sort, withDrafts,
                after, limit);
    }

    SearchQuery genre(Genre g) {
        return new SearchQuery(text, Optional.of(g.slug()), year, yearFrom, yearTo, kind, language, sort,
                withDrafts, after, limit);
    }

    SearchQuery year(int y) {
        return new SearchQuery(text, genre, Optional.of(y), yearFrom, yearTo, kind, language, sort, withDrafts,
                after, limit);
    }

    SearchQuery yearFrom(int y) {
        return new SearchQuery(text, genre, year, Optional.of(y), yearTo, kind, language, sort, withDrafts,
                after, limit);
    }

    SearchQuery yearTo(int y) {
        return new SearchQuery(text, genre, year, yearFrom, Optional.of(y), kind, language, sort, withDrafts,
                after, limit);
    }

    SearchQuery kind(TitleKind k) {
        return new SearchQuery(text, genre, year, yearFrom, yearTo, Optional.of(k), language, sort, withDrafts,
                after, limit);
    }

    SearchQuery language(String code) {
        return new SearchQuery(text, genre, year, yearFrom, yearTo, kind, Optional.of(new LanguageCode(code)), sort,
                withDrafts, after, limit);
    }

    SearchQuery sort(TitleSort s) {
        return new SearchQuery(text, genre, year, yearFrom, yearTo, kind, language, s, withDrafts, after, limit);
    }

    SearchQuery drafts() {
        return new SearchQuery(text, genre, year, yearFrom, yearTo, kind, language, sort, true, after, limit);
    }

    SearchQuery after(String cursor) {
        return new SearchQuery(text, genre, year, yearFrom, yearTo, kind, language, sort, withDrafts,
                Optional.of(cursor), limit);
    }

    SearchQuery limit(int l) {
        return new SearchQuery(text, genre, year, yearFrom, yearTo, kind, language, sort, withDrafts, after, l);
    }

    TitleSearch build() {
        return new TitleSearch(text, genre, year, yearFrom, yearTo, kind, language, sort, withDrafts, after, limit);
    }
}
