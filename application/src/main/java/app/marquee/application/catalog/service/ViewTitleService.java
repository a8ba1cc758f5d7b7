package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.ViewTitleQuery;
import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.application.catalog.port.out.TitleRatingsPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several reads in one transaction, so the title, its seasons, what it names and its ratings agree
 * with each other.
 */
@Singleton
public class ViewTitleService implements ViewTitleQuery {
    private final LoadTitlePort titles;
    private final SeasonsPort seasons;
    private final GenresPort genres;
    private final PeoplePort people;
    private final TitleRatingsPort ratings;

    public ViewTitleService(LoadTitlePort titles, SeasonsPort seasons, GenresPort genres, PeoplePort people,
                            TitleRatingsPort ratings) {
        this.titles = titles;
        this.seasons = seasons;
        this.genres = genres;
        this.people = people;
        this.ratings = ratings;
    }

    @Override
    @Transactional
    public Outcome<TitleView> view(TitleId id, boolean admin) {
        Optional<Title> found = titles.byId(id).filter(title -> title.isVisibleTo(admin));
        if (found.isEmpty()) {
            return Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND);
        }
        Title title = found.get();
        List<Season> ofSeries = title.kind() == TitleKind.SERIES ? seasons.ofSeries(id) : List.of();
        List<Genre> named = title.details().genres().isEmpty() ? List.of() : genres.byIds(title.details().genres());
        Set<PersonId> credited = KnownReferences.credited(title.details());
        List<Person> cast = credited.isEmpty() ? List.of() : people.byIds(credited);
        return Outcome.accepted(new TitleView(title, ofSeries, named, cast, ratings.of(id)));
    }
}
