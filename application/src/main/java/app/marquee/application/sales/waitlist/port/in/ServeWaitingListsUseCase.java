package app.marquee.application.sales.waitlist.port.in;

/**
 * The waiting-list job's round: every show with someone in line is served as
 * {@link OfferReturnedPlacesUseCase} says, up to {@link #BATCH} shows. Returns how many offers were made.
 */
public interface ServeWaitingListsUseCase {
    int BATCH = 200;

    int serveWaitingLists();
}
