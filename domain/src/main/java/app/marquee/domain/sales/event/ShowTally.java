package app.marquee.domain.sales.event;

/**
 * What an event's shows say at one instant, counting only those not cancelled: how many there
 * are, how many have not started, and how many of those still have a place to sell (a show with
 * none left is SOLD_OUT, the rule of {@code Show.statusAt}).
 */
public record ShowTally(long shows, long notStarted, long notStartedWithPlacesLeft) {
    public static final ShowTally NONE = new ShowTally(0, 0, 0);

    public ShowTally {
        if (notStartedWithPlacesLeft < 0 || notStartedWithPlacesLeft > notStarted || notStarted > shows) {
            throw new IllegalArgumentException("0 <= with places left <= not started <= shows");
        }
    }
}
