package app.marquee.application.catalog.port.out;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.review.TitleRatings;

/**
 * What viewers think of a title, counted by the store: visible reviews and their stars (a hidden
 * review never counts), likes and dislikes. A title nobody rated has {@link TitleRatings#NONE}.
 */
public interface TitleRatingsPort {
    TitleRatings of(TitleId title);
}
