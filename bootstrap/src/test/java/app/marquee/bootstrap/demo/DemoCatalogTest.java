package app.marquee.bootstrap.demo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogTest {
    private final List<DemoCatalog.TitleSpec> titles = DemoCatalog.titles();

    @Test
    void holdsAtLeastFiveHundredTitlesWithUniqueNames() {
        assertThat(titles).hasSizeGreaterThanOrEqualTo(500);
        assertThat(titles.stream().map(DemoCatalog.TitleSpec::name).distinct().count()).isEqualTo(titles.size());
    }

    @Test
    void mixesFilmsAndSeriesWithEpisodes() {
        assertThat(titles.stream().filter(t -> !t.series()).allMatch(t -> t.runtime() != null && t.seasons().isEmpty()))
                .isTrue();
        assertThat(titles.stream().filter(DemoCatalog.TitleSpec::series))
                .hasSize(DemoCatalog.SERIES)
                .allSatisfy(series -> assertThat(series.seasons()).isNotEmpty()
                        .allSatisfy(season -> assertThat(season.episodes()).isBetween(6, 10)));
    }

    @Test
    void speaksEnglishAndFrench() {
        assertThat(titles).anySatisfy(t -> assertThat(t.name()).startsWith("The "));
        assertThat(titles).anySatisfy(t -> assertThat(t.name()).matches("(Le|L'|Un) .*|L'.*"));
        assertThat(titles).noneSatisfy(t -> assertThat(t.name()).matches("Le [AEIOUÉ].*"));
        assertThat(titles).anySatisfy(t -> assertThat(t.audio()).contains("fr"));
    }

    @Test
    void isTheSameOnEveryRun() {
        assertThat(DemoCatalog.titles()).isEqualTo(titles);
        assertThat(DemoCatalog.people()).isEqualTo(DemoCatalog.people()).hasSize(DemoCatalog.PEOPLE).doesNotHaveDuplicates();
    }

    @Test
    void creditsOnlyPeopleThatExistAndSpansTheDecades() {
        assertThat(titles).allSatisfy(t -> assertThat(t.credits())
                .allSatisfy(c -> assertThat(c.person()).isBetween(0, DemoCatalog.PEOPLE - 1)));
        assertThat(titles.stream().map(t -> t.year() / 10).distinct().count()).isGreaterThanOrEqualTo(7);
    }
}
