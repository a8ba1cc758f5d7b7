package app.marquee.application.sales.screening.service;

import app.marquee.application.sales.screening.ScreeningFilter;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.application.sales.screening.port.in.ListScreeningsQuery;
import app.marquee.application.sales.screening.port.out.ScreeningsPort;
import jakarta.inject.Singleton;

import java.time.Clock;

import java.util.List;

@Singleton
public class ListScreeningsService implements ListScreeningsQuery {
    private final ScreeningsPort screenings;
    private final Clock clock;

    public ListScreeningsService(ScreeningsPort screenings, Clock clock) {
        this.screenings = screenings;
        this.clock = clock;
    }

    @Override
    public List<ScreeningView> list(ScreeningFilter filter) {
        return screenings.list(filter, MAX, clock.instant());
    }
}
