package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.review.TitleRatings;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;

/**
 * One title with its seasons and episodes, and the genres and people it names. A title the
 * viewer may not see (a draft or an archived title, for anyone but an admin) is TITLE_NOT_FOUND.
 * It comes with what viewers think of it: visible reviews and their average, likes and dislikes.
 */
public interface ViewTitleQuery {
    Outcome<TitleView> view(TitleId id, boolean admin);

    record TitleView(Title title, List<Season> seasons, List<Genre> genres, List<Person> people,
                     TitleRatings ratings) {
        public TitleView {
            Objects.requireNonNull(ratings, "ratings");
            seasons = List.copyOf(seasons);
            genres = List.copyOf(genres);
            people = List.copyOf(people);
        }
    }
}
