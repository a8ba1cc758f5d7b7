package app.marquee.application.sales.event.port.out;

import app.marquee.domain.sales.event.Tour;

/** Stores a new tour. */
public interface SaveTourPort {
    Tour add(Tour tour);
}
