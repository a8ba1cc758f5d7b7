package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSearchPage;
import app.marquee.application.catalog.search.TitleSort;
import app.marquee.application.catalog.search.TitleSummary;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTitlesServiceTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final SearchTitlesService search = new SearchTitlesService(catalog.search);

    @Test
    void asksTheStoreExactlyWhatTheCallerAskedIncludingWhetherDraftsCount() {
        TitleSearch visitor = search("amelie", false);
        TitleSearch admin = search("amelie", true);

        search.search(visitor);
        search.search(admin);

        assertThat(catalog.search.asked()).containsExactly(visitor, admin);
        assertThat(catalog.search.asked().get(0).includeUnpublished()).isFalse();
        assertThat(catalog.search.asked().get(1).includeUnpublished()).isTrue();
    }

    @Test
    void answersWithTheStoresPageAndFacets() {
        TitleSummary amelie = new TitleSummary(TitleId.newId(), TitleKind.MOVIE, "Amélie",
                Optional.of("Le Fabuleux Destin d'Amélie Poulain"), 2001, OptionalInt.of(122), List.of("comedy"),
                Optional.of("12"), Optional.empty(), TitleStatus.PUBLISHED);
        Outcome<TitleSearchPage> page = Outcome.accepted(new TitleSearchPage(List.of(amelie), Optional.of("next"),
                Map.of("comedy", 1L), Map.of(2000, 1L)));
        catalog.search.answer(page);

        assertThat(search.search(search("amelie", false))).isEqualTo(page);
    }

    @Test
    void aCursorTheStoreDidNotIssueIsRefused() {
        Outcome<TitleSearchPage> refused =
                Outcome.rejected(Rejection.onField(CatalogRejection.INVALID_CURSOR, "cursor"));
        catalog.search.answer(refused);

        assertThat(search.search(search("amelie", false))).isEqualTo(refused);
    }

    private static TitleSearch search(String text, boolean includeUnpublished) {
        return new TitleSearch(Optional.of(text), Optional.of("comedy"), Optional.empty(), Optional.of(1990),
                Optional.of(2009), Optional.of(TitleKind.MOVIE), Optional.of(new LanguageCode("fr")),
                TitleSort.RELEVANCE, includeUnpublished, Optional.empty(), 20);
    }
}
