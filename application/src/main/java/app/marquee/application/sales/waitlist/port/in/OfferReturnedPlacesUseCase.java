package app.marquee.application.sales.waitlist.port.in;

import app.marquee.domain.sales.show.ShowId;

/**
 * Places of a show came back (a hold lapsed or was released, an order was cancelled): its lapsed
 * offers pass on, and what is free now is offered to the next in line of each tier as OFFER holds.
 * Skips a show another instance is serving at the same moment. Returns how many offers were made.
 */
public interface OfferReturnedPlacesUseCase {
    int offerReturnedPlaces(ShowId show);
}
