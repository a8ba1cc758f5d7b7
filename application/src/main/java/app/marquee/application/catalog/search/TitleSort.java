package app.marquee.application.catalog.search;

/** How search results are ordered. RELEVANCE needs words to match; without them it falls back to TITLE. */
public enum TitleSort {
    RELEVANCE, YEAR, TITLE, POPULARITY
}
