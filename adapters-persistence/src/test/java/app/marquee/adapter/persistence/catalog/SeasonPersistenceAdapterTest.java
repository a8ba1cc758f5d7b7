package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.Title;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SeasonPersistenceAdapterTest extends DatabaseTest {
    @Inject
    SeasonPersistenceAdapter seasons;
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aSeriesSeasonsComeBackInNumberOrderWithTheirEpisodes() {
        Title series = series();
        Season second = Season.open(series.id(), 2, Optional.of("Saison 2"));
        Season specials = Season.open(series.id(), 0, Optional.empty());
        Season first = Season.rehydrate(SeasonId.newId(), series.id(), 1,
                Optional.of("Saison 1"), List.of(episode(2, "Deux"), episode(1, "Un")), 0);
        seasons.add(second);
        seasons.add(specials);
        seasons.add(first);

        List<Season> all = seasons.ofSeries(series.id());

        assertThat(all).extracting(Season::number).containsExactly(0, 1, 2);
        assertThat(all.get(1)).usingRecursiveComparison().isEqualTo(first);
        assertThat(all.get(1).episodes()).extracting(Episode::number).containsExactly(1, 2);
        assertThat(seasons.byNumber(series.id(), 2).orElseThrow()).usingRecursiveComparison().isEqualTo(second);
        assertThat(seasons.byNumber(series.id(), 3)).isEmpty();
    }

    @Test
    void aSecondSeasonWithATakenNumberIsRefusedAndTheTransactionGoesOn() {
        Title series = series();
        Season first = Season.open(series.id(), 1, Optional.empty());
        Season again = Season.open(series.id(), 1, Optional.of("Again"));
        Season next = Season.open(series.id(), 2, Optional.empty());

        List<Outcome<Season>> outcomes = transactions.executeWrite(status ->
                List.of(seasons.add(first), seasons.add(again), seasons.add(next)));

        assertThat(outcomes).containsExactly(Outcome.accepted(first),
                Outcome.rejected(Rejection.onField(CatalogRejection.SEASON_NUMBER_TAKEN, "number")),
                Outcome.accepted(next));
        assertThat(seasons.byNumber(series.id(), 1).orElseThrow().id()).isEqualTo(first.id());
    }

    @Test
    void anUpdateWritesTheEpisodesAsTheyAreNowAndKeepsTheirIds() {
        Title series = series();
        Season season = Season.open(series.id(), 1, Optional.empty());
        seasons.add(season);
        Season loaded = seasons.byNumber(series.id(), 1).orElseThrow();
        Episode one = episode(1, "Pilot");
        Episode two = episode(2, "Second");
        loaded.add(one);
        loaded.add(two);
        seasons.update(loaded);
        Season again = seasons.byNumber(series.id(), 1).orElseThrow();
        again.remove(one.id());
        again.replace(new Episode(two.id(), 2, "The second", "Revised.", 47));
        again.add(episode(3, "Third"));
        again.rename(Optional.of("First season"));

        Outcome<Season> saved = seasons.update(again);

        Season stored = seasons.byNumber(series.id(), 1).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(((Outcome.Accepted<Season>) saved).value());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.name()).contains("First season");
        assertThat(stored.episodes()).extracting(Episode::name).containsExactly("The second", "Third");
        assertThat(stored.episodes().get(0).id()).isEqualTo(two.id());
    }

    @Test
    void episodesMayExchangeTheirNumbersInOneTransaction() {
        Title series = series();
        Episode one = episode(1, "Was first");
        Episode two = episode(2, "Was second");
        Season season = Season.rehydrate(SeasonId.newId(), series.id(), 1,
                Optional.empty(), List.of(one, two), 0);
        seasons.add(season);
        Season loaded = seasons.byNumber(series.id(), 1).orElseThrow();
        Season swapped = Season.rehydrate(loaded.id(), series.id(), 1, Optional.empty(), List.of(
                new Episode(one.id(), 2, one.name(), "", 30), new Episode(two.id(), 1, two.name(), "", 30)),
                loaded.version());

        Outcome<Season> saved = transactions.executeWrite(status -> seasons.update(swapped));

        assertThat(saved.isAccepted()).isTrue();
        assertThat(seasons.byNumber(series.id(), 1).orElseThrow().episodes())
                .extracting(Episode::name).containsExactly("Was second", "Was first");
    }

    @Test
    void anUpdateOfAStaleCopyIsRefusedAndWritesNoEpisode() {
        Title series = series();
        seasons.add(Season.open(series.id(), 1, Optional.empty()));
        Season first = seasons.byNumber(series.id(), 1).orElseThrow();
        Season stale = seasons.byNumber(series.id(), 1).orElseThrow();
        first.add(episode(1, "Kept"));
        seasons.update(first);
        stale.add(episode(2, "Lost"));

        assertThat(seasons.update(stale)).isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(seasons.byNumber(series.id(), 1).orElseThrow().episodes())
                .extracting(Episode::name).containsExactly("Kept");
    }

    @Test
    void theSeasonsOfSeveralSeriesAreReadAtOnceInNumberOrder() {
        Title first = series();
        Title second = series();
        Title empty = series();
        seasons.add(Season.rehydrate(SeasonId.newId(), first.id(), 2, Optional.empty(), List.of(episode(1, "B")), 0));
        seasons.add(Season.rehydrate(SeasonId.newId(), first.id(), 1, Optional.empty(), List.of(episode(1, "A")), 0));
        seasons.add(Season.rehydrate(SeasonId.newId(), second.id(), 1, Optional.empty(), List.of(), 0));

        Map<TitleId, List<Season>> found = seasons.ofSeries(List.of(first.id(), second.id(), empty.id()));

        assertThat(found).containsOnlyKeys(first.id(), second.id());
        assertThat(found.get(first.id())).extracting(Season::number).containsExactly(1, 2);
        assertThat(found.get(first.id()).get(1).episodes()).extracting(Episode::name).containsExactly("B");
        assertThat(seasons.ofSeries(List.<TitleId>of())).isEmpty();
    }

    @Test
    void deletingASeasonDeletesItsEpisodes() {
        Title series = series();
        Season season = Season.rehydrate(SeasonId.newId(), series.id(), 1,
                Optional.empty(), List.of(episode(1, "Only")), 0);
        seasons.add(season);
        Season moved = seasons.update(seasons.byNumber(series.id(), 1).orElseThrow()).orElseThrow(
                rejection -> new IllegalStateException(rejection.toString()));

        assertThat(seasons.delete(season)).as("read before it moved on")
                .isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(seasons.delete(moved)).isEqualTo(Outcome.accepted(season.id()));

        assertThat(seasons.ofSeries(series.id())).isEmpty();
        seasons.add(Season.rehydrate(season.id(), series.id(), 1, Optional.empty(), List.of(episode(1, "New")), 0));
        assertThat(seasons.ofSeries(series.id())).singleElement()
                .satisfies(s -> assertThat(s.episodes()).extracting(Episode::name).containsExactly("New"));
    }

    private Title series() {
        Title series = TestCatalog.title(TitleKind.SERIES, TestCatalog.details("Engrenages", Optional.empty(), 2005,
                OptionalInt.empty(), Set.of(), List.of()), TitleStatus.PUBLISHED);
        return titles.add(series);
    }

    private static Episode episode(int number, String name) {
        return new Episode(EpisodeId.newId(), number, name, "", 52);
    }
}
