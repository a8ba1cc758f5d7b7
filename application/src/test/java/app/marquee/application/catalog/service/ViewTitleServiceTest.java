package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.fakes.FakeTitleRatings;
import app.marquee.application.catalog.port.in.ViewTitleQuery.TitleView;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.library.review.TitleRatings;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.marquee.application.catalog.fakes.CatalogFixture.episode;
import static app.marquee.application.catalog.fakes.CatalogFixture.movieDetails;
import static org.assertj.core.api.Assertions.assertThat;

class ViewTitleServiceTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final FakeTitleRatings ratings = new FakeTitleRatings();
    private final ViewTitleService view = new ViewTitleService(catalog.titles, catalog.seasons, catalog.genres,
            catalog.people, ratings);

    @Test
    void showsAFilmWithItsGenresAndThePeopleItCredits() {
        Genre comedy = catalog.genre("comedy");
        Genre romance = catalog.genre("romance");
        catalog.genre("horror");
        Person jeunet = catalog.person("Jean-Pierre Jeunet");
        Person tautou = catalog.person("Audrey Tautou");
        catalog.person("Someone Else");
        Title amelie = catalog.title(TitleKind.MOVIE, movieDetails("Amélie", Set.of(comedy.id(), romance.id()),
                List.of(new Credit(jeunet.id(), CreditRole.DIRECTOR, Optional.empty(), 1),
                        new Credit(jeunet.id(), CreditRole.WRITER, Optional.empty(), 1),
                        new Credit(tautou.id(), CreditRole.ACTOR, Optional.of("Amélie"), 1))),
                TitleStatus.PUBLISHED);

        TitleView shown = accepted(view.view(amelie.id(), false));

        assertThat(shown.title().id()).isEqualTo(amelie.id());
        assertThat(shown.seasons()).isEmpty();
        assertThat(shown.genres()).extracting(Genre::slug).containsExactlyInAnyOrder("comedy", "romance");
        assertThat(shown.people()).extracting(Person::name)
                .containsExactlyInAnyOrder("Jean-Pierre Jeunet", "Audrey Tautou");
    }

    @Test
    void showsASeriesWithItsSeasonsInOrderAndTheirEpisodes() {
        Title series = catalog.title(TitleKind.SERIES, CatalogFixture.seriesDetails("Engrenages"),
                TitleStatus.PUBLISHED);
        catalog.season(series, 2, episode(1, "Two-one"));
        catalog.season(series, 1, episode(2, "One-two"), episode(1, "One-one"));
        catalog.season(catalog.series("Another"), 1, episode(1, "Elsewhere"));

        TitleView shown = accepted(view.view(series.id(), false));

        assertThat(shown.seasons()).extracting(Season::number).containsExactly(1, 2);
        assertThat(shown.seasons().get(0).episodes()).extracting(e -> e.name()).containsExactly("One-one", "One-two");
        assertThat(shown.genres()).isEmpty();
        assertThat(shown.people()).isEmpty();
    }

    @Test
    void showsWhatViewersThinkOfTheTitle() {
        Title film = catalog.movie("Liked", TitleStatus.PUBLISHED);
        Title other = catalog.movie("Unrated", TitleStatus.PUBLISHED);
        ratings.set(film.id(), new TitleRatings(3, 13, 7, 2));

        assertThat(accepted(view.view(film.id(), false)).ratings()).isEqualTo(new TitleRatings(3, 13, 7, 2));
        assertThat(accepted(view.view(other.id(), false)).ratings()).isEqualTo(TitleRatings.NONE);
    }

    @Test
    void anAdminSeesDraftsAndArchivedTitles() {
        Title draft = catalog.movie("Work in progress");
        Title archived = catalog.movie("Gone", TitleStatus.ARCHIVED);

        assertThat(view.view(draft.id(), true).isAccepted()).isTrue();
        assertThat(view.view(archived.id(), true).isAccepted()).isTrue();
    }

    @Test
    void anyoneElseIsToldADraftOrAnArchivedTitleDoesNotExist() {
        Title draft = catalog.movie("Work in progress");
        Title archived = catalog.movie("Gone", TitleStatus.ARCHIVED);

        assertThat(view.view(draft.id(), false)).isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
        assertThat(view.view(archived.id(), false)).isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
    }

    @Test
    void anUnknownTitleIsNotFoundEvenForAnAdmin() {
        assertThat(view.view(TitleId.newId(), true)).isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
    }

    private static TitleView accepted(Outcome<TitleView> outcome) {
        assertThat(outcome.isAccepted()).as("outcome %s", outcome).isTrue();
        return ((Outcome.Accepted<TitleView>) outcome).value();
    }
}
