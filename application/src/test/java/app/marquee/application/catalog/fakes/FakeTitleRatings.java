package app.marquee.application.catalog.fakes;

import app.marquee.application.catalog.port.out.TitleRatingsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.review.TitleRatings;

import java.util.HashMap;
import java.util.Map;

/** Ratings set by the test; a title nobody rated has none. */
public final class FakeTitleRatings implements TitleRatingsPort {
    private final Map<TitleId, TitleRatings> ratings = new HashMap<>();

    public void set(TitleId title, TitleRatings counted) {
        ratings.put(title, counted);
    }

    @Override
    public TitleRatings of(TitleId title) {
        return ratings.getOrDefault(title, TitleRatings.NONE);
    }
}
