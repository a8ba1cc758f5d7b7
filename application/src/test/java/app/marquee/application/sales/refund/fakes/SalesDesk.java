package app.marquee.application.sales.refund.fakes;

import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.fakes.InMemoryOrders;
import app.marquee.application.sales.order.fakes.InMemoryPayments;
import app.marquee.application.sales.order.fakes.InMemoryRequestKeys;
import app.marquee.application.sales.order.fakes.ScriptedProvider;
import app.marquee.application.sales.order.port.in.PlaceOrderUseCase.Command;
import app.marquee.application.sales.order.service.HoldPayment;
import app.marquee.application.sales.order.service.OrderBookkeeping;
import app.marquee.application.sales.order.service.OrderMaking;
import app.marquee.application.sales.order.service.OrderViews;
import app.marquee.application.sales.order.service.PlaceOrderService;
import app.marquee.application.sales.order.service.UnticketedRefunds;
import app.marquee.application.sales.refund.service.RefundSender;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.PurchaseEligibility;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.RefundBackoff;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.HoldKind;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A show on sale in nine days, buyers paying for seats through the real order services, on in-memory ports. */
public final class SalesDesk {
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    public static final Instant STARTS = NOW.plus(Duration.ofDays(9));
    public final MutableClock clock = new MutableClock(NOW);
    public final InMemoryOrders orders = new InMemoryOrders();
    public final InMemoryPayments payments = new InMemoryPayments();
    public final InMemoryRequestKeys keys = new InMemoryRequestKeys();
    public final ScriptedProvider provider = new ScriptedProvider();
    public final InMemoryShows shows = new InMemoryShows(new InMemoryVenues());
    public final InMemoryRefunds refunds = new InMemoryRefunds(payments);
    public final OrderViews views = new OrderViews(orders, payments, payload -> "signature_of_" + Integer.toHexString(payload.hashCode()));
    public final OrderMaking making = new OrderMaking(orders, payments);
    public final RefundSender sender = new RefundSender(provider, payments, refunds,
            new RefundBackoff(Duration.ofSeconds(30), Duration.ofHours(1)), clock);
    public final PriceTier category1 = PriceTier.forSeats("Category 1", Set.of(SeatKind.STANDARD), eur(5000));
    public final Show show = Show.scheduleEventDate(EventId.newId(), VenueId.newId(), STARTS,
            STARTS.plusSeconds(10_800), ZoneId.of("Europe/Paris"),
            SaleTerms.of(List.of(category1), SalesWindow.untilStart(NOW.minusSeconds(3600), STARTS)));
    private final OrderBookkeeping books = new OrderBookkeeping(making, payments, keys, shows);
    private final PlaceOrderService place = new PlaceOrderService(keys, new HoldPayment(orders, shows, payments,
            provider, keys, books, new UnticketedRefunds(books, payments, provider, clock), views, clock), views,
            new PurchaseEligibility(true), clock);

    public SalesDesk() {
        show.openSales(NOW.minusSeconds(3600));
        shows.add(show);
    }

    /** The buyer's hold of one seat at {@code price}, live for nine more minutes. */
    public Hold seatHold(AccountId buyer, long price) {
        Instant now = clock.instant();
        return orders.put(Hold.rehydrate(HoldId.newId(), show.id(), buyer, HoldKind.PURCHASE,
                List.of(HoldItem.seat(SeatId.newId(), category1.id(), eur(price))), Optional.empty(),
                now.minusSeconds(60), now.plusSeconds(540), HoldState.ACTIVE));
    }

    /** The buyer paid for one seat at {@code price} with a Visa. */
    public OrderView paidOrder(AccountId buyer, long price) {
        return accepted(pay(buyer, seatHold(buyer, price)));
    }

    public Outcome<OrderView> pay(AccountId buyer, Hold hold) {
        return place(request(buyer, hold));
    }

    /** An order request for the hold, with a Visa, under a key of its own. */
    public Command request(AccountId buyer, Hold hold) {
        return new Command(buyer, new IdempotencyKey("key-" + UUID.randomUUID()), hold.id(),
                accepted(Card.given("4242424242424242", 12, 2030, "123", clock.instant())));
    }

    public Outcome<OrderView> place(Command request) {
        return place.place(request);
    }

    public static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    public static <T> T accepted(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Rejected<T> rejected) {
            throw new AssertionError("rejected: " + rejected.rejection());
        }
        return ((Outcome.Accepted<T>) outcome).value();
    }

    public static String code(Outcome<?> outcome) {
        if (!(outcome instanceof Outcome.Rejected<?> rejected)) {
            throw new AssertionError("accepted: " + outcome);
        }
        return rejected.rejection().code();
    }
}
