package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.application.catalog.search.TitleSearchPage;
import app.marquee.application.catalog.search.TitleSort;
import app.marquee.application.catalog.search.TitleSummary;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static app.marquee.adapter.persistence.catalog.SearchQuery.browse;
import static app.marquee.adapter.persistence.catalog.SearchQuery.words;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TitleSearchTest extends DatabaseTest {
    @Inject
    TitleSearchPersistenceAdapter search;
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    GenrePersistenceAdapter genres;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    SessionSettings settings;

    @Test
    void wordsMatchWhateverTheirCaseAndAccents() {
        Genre tagged = genre();
        Title amelie = add(TestCatalog.movie("Amélie", 2001, TitleStatus.PUBLISHED, Set.of(tagged.id())));
        add(TestCatalog.movie("Amadeus", 1984, TitleStatus.PUBLISHED, Set.of(tagged.id())));

        assertThat(ids(found(words("amelie").genre(tagged)))).containsExactly(amelie.id());
        assertThat(ids(found(words("AMÉLIE").genre(tagged)))).containsExactly(amelie.id());
    }

    @Test
    void aWordWithATypoFindsTheTitleSpelledRight() {
        Genre tagged = genre();
        Title godfather = add(TestCatalog.movie("The Godfather", 1972, TitleStatus.PUBLISHED, Set.of(tagged.id())));

        assertThat(ids(found(words("godfater").genre(tagged)))).containsExactly(godfather.id());
        assertThat(ids(found(words("the godfater").genre(tagged)))).containsExactly(godfather.id());
    }

    @Test
    void aFrenchWordOfTheOriginalTitleOrTheStartOfOneFindsTheTitle() {
        Genre tagged = genre();
        Title amelie = add(TestCatalog.title(TitleKind.MOVIE, TestCatalog.details("Amélie",
                Optional.of("Le Fabuleux Destin d'Amélie Poulain"), 2001, OptionalInt.of(122),
                Set.of(tagged.id()), List.of()), TitleStatus.PUBLISHED));
        add(TestCatalog.movie("Le Destin", 1997, TitleStatus.PUBLISHED, Set.of(tagged.id())));

        assertThat(ids(found(words("fabuleux").genre(tagged)))).containsExactly(amelie.id());
        assertThat(ids(found(words("Le fabuleux destin").genre(tagged)))).containsExactly(amelie.id());
        assertThat(ids(found(words("fabul").genre(tagged)))).containsExactly(amelie.id());
    }

    @Test
    void theClosestNameComesFirstByRelevance() {
        String tag = TestCatalog.tag();
        Title longer = add(TestCatalog.movie("The Return of " + tag + " and Friends", 2001, TitleStatus.PUBLISHED,
                Set.of()));
        Title exact = add(TestCatalog.movie(tag, 1990, TitleStatus.PUBLISHED, Set.of()));
        Title original = add(TestCatalog.title(TitleKind.MOVIE, TestCatalog.details("Something Else",
                Optional.of(tag), 2010, OptionalInt.of(90), Set.of(), List.of()), TitleStatus.PUBLISHED));

        assertThat(ids(found(words(tag)))).containsExactly(exact.id(), longer.id(), original.id());
    }

    @Test
    void wordsThatNoTitleHasFindNothing() {
        assertThat(found(words("!!! ?"))).isEmpty();
        assertThat(found(words(TestCatalog.tag() + " " + TestCatalog.tag()))).isEmpty();
    }

    @Test
    void genreYearKindAndLanguageFiltersCombine() {
        String tag = TestCatalog.tag();
        Genre drama = genre();
        Genre comedy = genre();
        Title wanted = add(titled(tag + " One", 1999, TitleKind.MOVIE, Set.of(drama.id(), comedy.id()), "fr"));
        add(titled(tag + " Two", 2001, TitleKind.MOVIE, Set.of(drama.id()), "fr"));
        add(titled(tag + " Three", 1999, TitleKind.MOVIE, Set.of(comedy.id()), "fr"));
        add(titled(tag + " Four", 1999, TitleKind.SERIES, Set.of(drama.id()), "fr"));
        add(titled(tag + " Five", 1999, TitleKind.MOVIE, Set.of(drama.id()), "ja"));

        assertThat(ids(found(words(tag).genre(drama).year(1999).kind(TitleKind.MOVIE).language("fr"))))
                .containsExactly(wanted.id());
        assertThat(ids(found(words(tag).genre(drama).yearFrom(1990).yearTo(1999).kind(TitleKind.MOVIE)
                .language("fr")))).containsExactly(wanted.id());
        assertThat(found(words(tag).genre(drama).yearFrom(2000).yearTo(2005))).hasSize(1);
        assertThat(ids(found(browse().genre(drama).year(1999).kind(TitleKind.MOVIE).language("fr"))))
                .containsExactly(wanted.id());
    }

    @Test
    void draftsAreFoundOnlyWhenAskedForAndArchivedTitlesNever() {
        String tag = TestCatalog.tag();
        Genre tagged = genre();
        Title published = add(TestCatalog.movie(tag + " Published", 2000, TitleStatus.PUBLISHED, Set.of(tagged.id())));
        Title draft = add(TestCatalog.movie(tag + " Draft", 2000, TitleStatus.DRAFT, Set.of(tagged.id())));
        add(TestCatalog.movie(tag + " Archived", 2000, TitleStatus.ARCHIVED, Set.of(tagged.id())));

        assertThat(ids(found(words(tag)))).containsExactly(published.id());
        assertThat(ids(found(words(tag).drafts()))).containsExactlyInAnyOrder(published.id(), draft.id());
        assertThat(ids(found(browse().genre(tagged)))).containsExactly(published.id());
        assertThat(ids(found(browse().genre(tagged).drafts())))
                .containsExactlyInAnyOrder(published.id(), draft.id());
        assertThat(page(words(tag).drafts()).genreCounts()).containsEntry(tagged.slug(), 2L);
    }

    @Test
    void eachSortOrdersTheTitlesWithTheIdBreakingTies() {
        String tag = TestCatalog.tag();
        Genre tagged = genre();
        Title fox = add(TestCatalog.movie("Fox " + tag, 1980, TitleStatus.PUBLISHED, Set.of(tagged.id())));
        Title elan = add(TestCatalog.movie("Élan " + tag, 2010, TitleStatus.PUBLISHED, Set.of(tagged.id())));
        Title dog = add(TestCatalog.movie("dog " + tag, 1995, TitleStatus.PUBLISHED, Set.of(tagged.id())));
        Title ant = add(TestCatalog.movie("Ant " + tag, 1995, TitleStatus.PUBLISHED, Set.of(tagged.id())));
        popularity(fox, 30);
        popularity(elan, 10);
        popularity(dog, 20);
        popularity(ant, 20);
        List<TitleId> tied = sortedIds(dog, ant);

        for (SearchQuery query : List.of(words(tag), browse().genre(tagged))) {
            assertThat(ids(found(query.sort(TitleSort.TITLE))))
                    .containsExactly(ant.id(), dog.id(), elan.id(), fox.id());
            assertThat(ids(found(query.sort(TitleSort.YEAR))))
                    .containsExactly(elan.id(), tied.get(0), tied.get(1), fox.id());
            assertThat(ids(found(query.sort(TitleSort.POPULARITY))))
                    .containsExactly(fox.id(), tied.get(0), tied.get(1), elan.id());
        }
    }

    @Test
    void followingTheCursorsVisitsEveryMatchOnceInEverySort() {
        String tag = TestCatalog.tag();
        Genre tagged = genre();
        List<TitleId> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(add(TestCatalog.movie(tag + " " + (i % 2 == 0 ? "Same" : "Other " + i), 2000 + i % 3,
                    TitleStatus.PUBLISHED, Set.of(tagged.id()))).id());
        }

        for (TitleSort sort : TitleSort.values()) {
            assertThat(allPages(words(tag).sort(sort).limit(2))).as("words, %s", sort)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            assertThat(allPages(browse().genre(tagged).sort(sort).limit(3))).as("browsing, %s", sort)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void aCursorThisSearchDidNotIssueIsRefused() {
        String tag = TestCatalog.tag();
        Genre tagged = genre();
        for (int i = 0; i < 3; i++) {
            add(TestCatalog.movie(tag + " " + i, 2000, TitleStatus.PUBLISHED, Set.of(tagged.id())));
        }
        String byYear = page(words(tag).sort(TitleSort.YEAR).limit(1)).nextCursor().orElseThrow();
        String forged = Base64.getUrlEncoder().encodeToString("1\nYEAR\n0000\nnot-an-id\n2000".getBytes());

        for (String cursor : List.of("not a cursor", "", forged, byYear.substring(1))) {
            assertThat(outcome(words(tag).sort(TitleSort.YEAR).after(cursor))).as(cursor)
                    .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.INVALID_CURSOR, "cursor")));
        }
        assertThat(outcome(words(tag).sort(TitleSort.TITLE).after(byYear)))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.INVALID_CURSOR, "cursor")));
        assertThat(outcome(words(tag).sort(TitleSort.YEAR).year(2000).after(byYear)))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.INVALID_CURSOR, "cursor")));
        assertThat(outcome(words(tag).sort(TitleSort.YEAR).limit(2).after(byYear)).isAccepted()).isTrue();
    }

    @Test
    void facetsCountEveryMatchByGenreOverTheOtherFiltersAndByDecade() {
        String tag = TestCatalog.tag();
        Genre drama = genre();
        Genre comedy = genre();
        add(TestCatalog.movie(tag + " A", 1985, TitleStatus.PUBLISHED, Set.of(drama.id())));
        add(TestCatalog.movie(tag + " B", 1989, TitleStatus.PUBLISHED, Set.of(drama.id(), comedy.id())));
        add(TestCatalog.movie(tag + " C", 1990, TitleStatus.PUBLISHED, Set.of(drama.id())));
        add(TestCatalog.movie(tag + " D", 2003, TitleStatus.PUBLISHED, Set.of(comedy.id())));
        add(TestCatalog.movie(tag + " E", 2004, TitleStatus.DRAFT, Set.of(comedy.id())));

        TitleSearchPage all = page(words(tag).limit(1));
        TitleSearchPage dramas = page(words(tag).genre(drama).limit(1));
        TitleSearchPage browsed = page(browse().genre(drama).limit(1));

        assertThat(all.items()).hasSize(1);
        assertThat(all.genreCounts()).isEqualTo(Map.of(drama.slug(), 3L, comedy.slug(), 2L));
        assertThat(all.decadeCounts()).isEqualTo(Map.of(1980, 2L, 1990, 1L, 2000, 1L));
        assertThat(dramas.genreCounts()).isEqualTo(all.genreCounts());
        assertThat(dramas.decadeCounts()).isEqualTo(Map.of(1980, 2L, 1990, 1L));
        assertThat(browsed.genreCounts()).containsEntry(drama.slug(), 3L).containsEntry(comedy.slug(), 2L);
        assertThat(browsed.decadeCounts()).isEqualTo(dramas.decadeCounts());
    }

    @Test
    void eachFacetLeavesOutItsOwnFilterButKeepsTheOthers() {
        String tag = TestCatalog.tag();
        Genre drama = genre();
        Genre comedy = genre();
        add(titled(tag + " A", 1985, TitleKind.MOVIE, Set.of(drama.id()), "fr"));
        add(titled(tag + " B", 1989, TitleKind.MOVIE, Set.of(drama.id(), comedy.id()), "fr"));
        add(titled(tag + " C", 1990, TitleKind.MOVIE, Set.of(drama.id()), "fr"));
        add(titled(tag + " D", 2003, TitleKind.MOVIE, Set.of(comedy.id()), "fr"));
        add(titled(tag + " E", 1989, TitleKind.SERIES, Set.of(comedy.id()), "fr"));

        for (SearchQuery query : List.of(words(tag), browse().genre(drama).language("fr"), browse().genre(drama))) {
            TitleSearchPage in1989 = page(query.genre(drama).year(1989).kind(TitleKind.MOVIE));
            assertThat(in1989.items()).hasSize(1);
            // The year narrows the genres, the genre (and the kind) the decades; not their own facet.
            assertThat(only(in1989.genreCounts(), drama, comedy)).as("%s", query)
                    .isEqualTo(Map.of(drama.slug(), 1L, comedy.slug(), 1L));
            assertThat(in1989.decadeCounts()).as("%s", query).isEqualTo(Map.of(1980, 2L, 1990, 1L));
            TitleSearchPage eighties = page(query.genre(drama).yearFrom(1980).yearTo(1989));
            assertThat(only(eighties.genreCounts(), drama, comedy)).as("%s", query)
                    .isEqualTo(Map.of(drama.slug(), 2L, comedy.slug(), 2L));
            assertThat(eighties.decadeCounts()).as("%s", query).isEqualTo(Map.of(1980, 2L, 1990, 1L));
        }
    }

    @Test
    void theCountsBrowsingReadsFollowEveryTitleWrittenChangedOrRemoved() {
        Genre tagged = genre();
        Genre other = genre();
        Title film = add(TestCatalog.movie(TestCatalog.tag(), 1975, TitleStatus.PUBLISHED, Set.of(tagged.id())));
        add(TestCatalog.movie(TestCatalog.tag(), 2011, TitleStatus.DRAFT, Set.of(tagged.id(), other.id())));
        assertThat(page(browse().genre(tagged)).decadeCounts()).isEqualTo(Map.of(1970, 1L));
        assertThat(page(browse().genre(tagged).drafts()).decadeCounts()).isEqualTo(Map.of(1970, 1L, 2010, 1L));
        assertThat(page(browse().genre(other).drafts()).genreCounts())
                .containsEntry(tagged.slug(), 2L).containsEntry(other.slug(), 1L);

        sql("UPDATE titles SET release_year = 1999, genre_ids = ARRAY[CAST(? AS uuid)] WHERE id = ?",
                other.id().value(), film.id().value());
        assertThat(page(browse().genre(tagged)).decadeCounts()).isEmpty();
        assertThat(page(browse().genre(other)).decadeCounts()).isEqualTo(Map.of(1990, 1L));

        sql("DELETE FROM titles WHERE id = ?", film.id().value());
        assertThat(page(browse().genre(other)).decadeCounts()).isEmpty();
        assertThat(page(browse().genre(other).drafts()).decadeCounts()).isEqualTo(Map.of(2010, 1L));
    }

    @Test
    void twoInstancesAddingTitlesOfOneGenreAndYearAtOnceAreBothCounted() throws Exception {
        Genre tagged = genre();

        Race.Result<Title, Title> race = Race.between(transactions,
                () -> add(TestCatalog.movie(TestCatalog.tag(), 1961, TitleStatus.PUBLISHED, Set.of(tagged.id()))),
                () -> add(TestCatalog.movie(TestCatalog.tag(), 1961, TitleStatus.PUBLISHED, Set.of(tagged.id()))));

        assertThat(race.secondWaited()).as("the second waits on the first's count, not overwrites it").isTrue();
        assertThat(page(browse().genre(tagged)).decadeCounts()).isEqualTo(Map.of(1960, 2L));
    }

    @Test
    void aSummaryCarriesTheGenreSlugsAndThePoster() {
        Genre first = genre();
        Genre second = genre();
        Title title = TestCatalog.movie("Poster " + TestCatalog.tag(), 2020, TitleStatus.PUBLISHED,
                Set.of(first.id(), second.id()));
        ImageRef poster = new ImageRef("posters/x.png", "image/png", 600, 900, 4321, "c".repeat(64));
        title.show(ImageSlot.POSTER, poster, TestCatalog.now());
        add(title);

        TitleSummary summary = found(browse().genre(first)).get(0);

        assertThat(summary.id()).isEqualTo(title.id());
        assertThat(summary.kind()).isEqualTo(TitleKind.MOVIE);
        assertThat(summary.title()).isEqualTo(title.details().name());
        assertThat(summary.releaseYear()).isEqualTo(2020);
        assertThat(summary.runtimeMinutes()).hasValue(100);
        assertThat(summary.genreSlugs()).containsExactlyElementsOf(
                List.of(first.slug(), second.slug()).stream().sorted().toList());
        assertThat(summary.poster()).contains(poster);
        assertThat(summary.status()).isEqualTo(TitleStatus.PUBLISHED);
    }

    @Test
    void aSearchIsPlannedWithItsValuesInItsOwnTransactionOrTheCallers() {
        String tag = TestCatalog.tag();
        add(TestCatalog.movie(tag, 2000, TitleStatus.PUBLISHED, Set.of()));

        String mode = transactions.executeRead(status -> {
            page(words(tag));
            return settings.planCacheMode();
        });

        assertThat(mode).isEqualTo("force_custom_plan");
        assertThat(search.getClass().getSimpleName()).as("search opens a transaction when called outside one")
                .endsWith("$Intercepted");
    }

    // --- helpers ---

    private List<TitleId> allPages(SearchQuery query) {
        List<TitleId> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            TitleSearchPage page = page(cursor.map(query::after).orElse(query));
            seen.addAll(ids(page.items()));
            cursor = page.nextCursor();
        } while (cursor.isPresent() && seen.size() < 100);
        return seen;
    }

    private Genre genre() {
        Genre genre = TestCatalog.genre(TestCatalog.tag());
        assertThat(genres.add(genre).isAccepted()).isTrue();
        return genre;
    }

    private Title add(Title title) {
        return titles.add(title);
    }

    private static Title titled(String name, int year, TitleKind kind, Set<GenreId> genres, String language) {
        TitleDetails details = new TitleDetails(name, Optional.empty(), "", year,
                kind == TitleKind.MOVIE ? OptionalInt.of(90) : OptionalInt.empty(), genres, Optional.empty(),
                List.of(), Set.of(new LanguageCode("en")), Set.of(new LanguageCode(language)), Optional.empty());
        return TestCatalog.title(kind, details, TitleStatus.PUBLISHED);
    }

    /** The counts of these genres only: browsing without words counts every genre in the database. */
    private static Map<String, Long> only(Map<String, Long> counts, Genre... genres) {
        Set<String> slugs = java.util.Arrays.stream(genres).map(Genre::slug).collect(java.util.stream.Collectors.toSet());
        return counts.entrySet().stream().filter(e -> slugs.contains(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void sql(String statement, Object... values) {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void popularity(Title title, long popularity) {
        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE titles SET popularity = ? WHERE id = ?")) {
            update.setLong(1, popularity);
            update.setObject(2, title.id().value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TitleId> sortedIds(Title... tied) {
        return java.util.Arrays.stream(tied).map(Title::id)
                .sorted(java.util.Comparator.comparing((TitleId id) -> id.value().toString())).toList();
    }

    private Outcome<TitleSearchPage> outcome(SearchQuery query) {
        return search.search(query.build());
    }

    private TitleSearchPage page(SearchQuery query) {
        Outcome<TitleSearchPage> outcome = outcome(query);
        assertThat(outcome.isAccepted()).as("%s", outcome).isTrue();
        return ((Outcome.Accepted<TitleSearchPage>) outcome).value();
    }

    private List<TitleSummary> found(SearchQuery query) {
        return page(query).items();
    }

    private static List<TitleId> ids(List<TitleSummary> summaries) {
        return summaries.stream().map(TitleSummary::id).toList();
    }
}
