package app.marquee.adapter.persistence.sales;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A hall (Stalls A-B x 1-5, a Pit of 10) and a show on sale there, for the hold store's tests. */
final class HoldFixtures {
    private HoldFixtures() {
    }

    static Venue hall(Instant now) {
        return hall(now, "A-B", 10);
    }

    /** Stalls of these rows x 1-10 ({@code A-B}: 1-5 only) and a Pit of {@code pit}. */
    static Venue hall(Instant now, String rows, int pit) {
        Venue hall = Venue.open(new VenueDetails("Hall " + UUID.randomUUID(), new Address(List.of("1 quai Perrache"),
                "Lyon", "69002", "FR"), ZoneId.of("Europe/Paris"), VenueKind.HALL, Set.of()), now);
        hall.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", rows, rows.equals("A-B") ? "1-5" : "1-10")),
                        List.of(new SeatMapPlan.AreaPlan("Pit", pit))), now)
                .orElseThrow(rejection -> new IllegalStateException(rejection.code()));
        return hall;
    }

    static Event event(Instant now) {
        return Event.announce(new EventDetails("Gala", "", EventCategory.CONCERT, Optional.empty()),
                new AccountId(UUID.randomUUID()), now);
    }

    /** On sale from a day before {@code now}, starting in a week, up to 20 places an order. */
    static Show showOnSale(Event event, Venue venue, Instant now) {
        Instant starts = now.plus(Duration.ofDays(7));
        List<PriceTier> tiers = List.of(PriceTier.forSeats("Seated", Set.of(SeatKind.STANDARD), Money.of(4500, "EUR")),
                PriceTier.forAreas("Standing", Set.of(venue.seatMap().areas().get(0).id()), Money.of(2500, "EUR")));
        Show show = Show.scheduleEventDate(event.id(), venue.id(), starts, starts.plus(Duration.ofHours(3)),
                venue.details().timeZone(), new SaleTerms(tiers, new SalesWindow(now.minus(Duration.ofDays(1)), starts),
                        new PerOrderLimit(20), tiers.get(0).price().currency()));
        show.openSales(now);
        return show;
    }

    static SeatingPlan plan(Venue venue) {
        return new SeatingPlan(venue.seatMap().seats().stream().collect(Collectors.toMap(Seat::id, Seat::kind)),
                venue.seatMap().areas().stream().collect(Collectors.toMap(Area::id, Area::capacity)));
    }
}
