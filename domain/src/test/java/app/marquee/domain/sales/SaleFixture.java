package app.marquee.domain.sales;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.SeatingPlan;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.TicketNumber;
import app.marquee.domain.sales.order.TicketSigner;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small hall for tests: four STANDARD seats A1 to A4 at Category 1 (50 EUR), one WHEELCHAIR
 * seat W1 at Access (20 EUR), and a standing area of five places at Standing (30 EUR). The show
 * starts on 10 December 2026 at 20:00 UTC, its sale opened on 1 November; "now" is 1 December.
 */
public final class SaleFixture {
    public static final Instant OPENS = Instant.parse("2026-11-01T09:00:00Z");
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    public static final Instant STARTS = Instant.parse("2026-12-10T20:00:00Z");
    public static final Instant ENDS = STARTS.plusSeconds(3 * 3600);

    public final EventId event = EventId.newId();
    public final SeatId a1 = SeatId.newId();
    public final SeatId a2 = SeatId.newId();
    public final SeatId a3 = SeatId.newId();
    public final SeatId a4 = SeatId.newId();
    public final SeatId w1 = SeatId.newId();
    public final AreaId standing = AreaId.newId();
    public final PriceTier category1 = PriceTier.forSeats("Category 1", Set.of(SeatKind.STANDARD), eur(5000));
    public final PriceTier access = PriceTier.forSeats("Access", Set.of(SeatKind.WHEELCHAIR), eur(2000));
    public final PriceTier standingTier = PriceTier.forAreas("Standing", Set.of(standing), eur(3000));
    public final SeatingPlan plan = new SeatingPlan(
            Map.of(a1, SeatKind.STANDARD, a2, SeatKind.STANDARD, a3, SeatKind.STANDARD, a4, SeatKind.STANDARD,
                    w1, SeatKind.WHEELCHAIR),
            Map.of(standing, 5));
    public final Show show = Show.scheduleEventDate(event, VenueId.newId(), STARTS, ENDS, ZoneId.of("Europe/Paris"),
            SaleTerms.of(List.of(category1, access, standingTier), SalesWindow.untilStart(OPENS, STARTS)));

    public SaleFixture() {
        show.openSales(OPENS);
    }

    public static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    public HoldRequest.Item seat(SeatId seat) {
        return HoldRequest.Item.seat(seat, category1.id());
    }

    public HoldRequest.Item standing(int quantity) {
        return HoldRequest.Item.places(standing, standingTier.id(), quantity);
    }

    public HoldRequest request(AccountId buyer, HoldRequest.Item... items) {
        return new HoldRequest(buyer, show.id(), List.of(items));
    }

    public Outcome<PlacedHold> place(HoldRequest request, Collection<Hold> holds, Collection<Claim> sold,
                                     Instant now) {
        return HoldPlacement.byDefault().place(request, show, plan, holds, sold, now);
    }

    /** A hold that the test expects to be accepted. */
    public Hold hold(AccountId buyer, HoldRequest.Item... items) {
        return place(request(buyer, items), List.of(), List.of(), NOW).orElseThrow(SaleFixture::unexpected).hold();
    }

    public Purchase buy(AccountId buyer, HoldRequest.Item... items) {
        return Order.fromHold(hold(buyer, items), show, buyer, new TicketNumber(1), NOW.plusSeconds(60))
                .orElseThrow(SaleFixture::unexpected);
    }

    public static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(SaleFixture::unexpected);
    }

    /** The rejection of an outcome the test expects to be rejected. */
    public static Rejection rejection(Outcome<?> outcome) {
        if (outcome instanceof Outcome.Rejected<?> rejected) {
            return rejected.rejection();
        }
        throw new IllegalStateException("unexpectedly accepted: " + outcome);
    }

    public static String code(Outcome<?> outcome) {
        return rejection(outcome).code();
    }

    public static IllegalStateException unexpected(Rejection rejection) {
        return new IllegalStateException("unexpectedly rejected: " + rejection);
    }

    /** What the server would do with its secret: a SHA-256 of secret and payload, URL-safe Base64. */
    public static TicketSigner signer(String secret) {
        return payload -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((secret + payload).getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
