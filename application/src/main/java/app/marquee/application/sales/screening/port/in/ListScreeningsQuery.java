package app.marquee.application.sales.screening.port.in;

import app.marquee.application.sales.screening.ScreeningFilter;
import app.marquee.application.sales.screening.ScreeningView;

import java.util.List;

/** The screenings that are not cancelled, by start, matching the filter; at most {@value #MAX}. */
public interface ListScreeningsQuery {
    int MAX = 200;

    List<ScreeningView> list(ScreeningFilter filter);
}
