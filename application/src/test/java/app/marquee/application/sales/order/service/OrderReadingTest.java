package app.marquee.application.sales.order.service;

import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.fakes.InMemoryOrders;
import app.marquee.application.sales.order.fakes.InMemoryPayments;
import app.marquee.application.sales.order.fakes.InMemoryRequestKeys;
import app.marquee.application.sales.order.fakes.ScriptedProvider;
import app.marquee.application.sales.order.port.in.ListMyOrdersQuery;
import app.marquee.application.sales.order.port.in.ListMyTicketsQuery;
import app.marquee.application.sales.order.port.in.PlaceOrderUseCase.Command;
import app.marquee.application.sales.order.port.in.ViewOrderQuery;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.PurchaseEligibility;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.HoldKind;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.order.TicketCode;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrderReadingTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final AccountId ANN = AccountId.newId();
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryPayments payments = new InMemoryPayments();
    private final InMemoryRequestKeys keys = new InMemoryRequestKeys();
    private final InMemoryShows shows = new InMemoryShows(new InMemoryVenues());
    private final ScriptedProvider provider = new ScriptedProvider();
    private final PriceTier category1 = PriceTier.forSeats("Category 1", Set.of(SeatKind.STANDARD), Money.of(5000, "EUR"));
    private final Show show = Show.scheduleEventDate(EventId.newId(), VenueId.newId(), NOW.plus(Duration.ofDays(9)),
            NOW.plus(Duration.ofDays(9)).plusSeconds(10_800), ZoneId.of("Europe/Paris"),
            SaleTerms.of(List.of(category1), SalesWindow.untilStart(NOW.minusSeconds(3600), NOW.plus(Duration.ofDays(9)))));
    private final OrderViews views = new OrderViews(orders, payments, payload -> "signed_" + Integer.toHexString(
            payload.hashCode()) + "_0123456789");
    private final OrderBookkeeping books = new OrderBookkeeping(new OrderMaking(orders, payments), payments, keys, shows);
    private final PlaceOrderService place = new PlaceOrderService(keys, new HoldPayment(orders, shows, payments,
            provider, keys, books, new UnticketedRefunds(books, payments, provider, clock), views, clock), views,
            new PurchaseEligibility(true), clock);

    OrderReadingTest() {
        show.openSales(NOW.minusSeconds(3600));
        shows.add(show);
    }

    @Test
    void anOrderIsReadByItsBuyerAndByAnAdminAndIsNotFoundForAnyoneElse() {
        OrderView order = buy("k1");
        ViewOrderService view = new ViewOrderService(orders, views);

        assertThat(accepted(view.view(order.order().id(), new ViewOrderQuery.Reader(ANN, false))).tickets())
                .hasSize(1);
        assertThat(view.view(order.order().id(), new ViewOrderQuery.Reader(AccountId.newId(), true)).isAccepted())
                .isTrue();
        assertThat(code(view.view(order.order().id(), new ViewOrderQuery.Reader(AccountId.newId(), false))))
                .isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void ordersAreListedNewestFirstPageByPageAndAForeignCursorIsRefused() {
        OrderView first = buy("k1");
        clock.advance(Duration.ofSeconds(5));
        OrderView second = buy("k2");
        ListMyOrdersService list = new ListMyOrdersService(orders, views);

        ListMyOrdersQuery.OrderPage page = accepted(list.list(new ListMyOrdersQuery.Listing(ANN, Optional.empty(), 1)));
        assertThat(page.items()).extracting(o -> o.order().id()).containsExactly(second.order().id());
        ListMyOrdersQuery.OrderPage next = accepted(list.list(new ListMyOrdersQuery.Listing(ANN, page.nextAfter(), 1)));
        assertThat(next.items()).extracting(o -> o.order().id()).containsExactly(first.order().id());
        assertThat(next.nextAfter()).isEmpty();
        assertThat(code(list.list(new ListMyOrdersQuery.Listing(ANN, Optional.of("nonsense"), 1))))
                .isEqualTo("INVALID_CURSOR");
    }

    @Test
    void ticketsAreListedWithTheirShowAndACodeSignedByTheServer() {
        buy("k1");
        ListMyTicketsService list = new ListMyTicketsService(orders, payload -> "signed_" + Integer.toHexString(
                payload.hashCode()) + "_0123456789");

        ListMyTicketsQuery.TicketPage page = accepted(list.list(new ListMyTicketsQuery.Listing(ANN, Optional.empty(), 5)));

        assertThat(page.items()).singleElement().satisfies(t -> {
            assertThat(t.held().showTitle()).isEqualTo("Gala");
            assertThat(TicketCode.parse(t.code().format())).isPresent();
        });
        assertThat(code(list.list(new ListMyTicketsQuery.Listing(ANN, Optional.of("12@not-a-time"), 5))))
                .isEqualTo("INVALID_CURSOR");
    }

    private OrderView buy(String key) {
        Hold hold = orders.put(Hold.rehydrate(HoldId.newId(), show.id(), ANN, HoldKind.PURCHASE,
                List.of(HoldItem.seat(SeatId.newId(), category1.id(), Money.of(5000, "EUR"))), Optional.empty(),
                clock.instant().minusSeconds(60), clock.instant().plusSeconds(540), HoldState.ACTIVE));
        Card card = accepted(Card.given("4242424242424242", 12, 2030, "123", NOW));
        return accepted(place.place(new Command(ANN, new IdempotencyKey(key), hold.id(), card)));
    }

    private static <T> T accepted(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Rejected<T> rejected) {
            throw new AssertionError("rejected: " + rejected.rejection());
        }
        return ((Outcome.Accepted<T>) outcome).value();
    }

    private static String code(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection().code();
    }
}
