package app.marquee.adapter.persistence.sales;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sales records written row by row, as the selling code writes them, for adapter tests that read
 * or count them: a hall (A-B x 1-5 and a pit of 100) with an event and a show, then holds, items,
 * orders, tickets, payments and refunds in plain SQL.
 */
final class SaleRows {
    private final TransactionOperations<Connection> transactions;
    private final Instant now;

    SaleRows(TransactionOperations<Connection> transactions, Instant now) {
        this.transactions = transactions;
        this.now = now;
    }

    record Stage(Venue hall, Event event, Show show) {
    }

    Stage stage(VenuePersistenceAdapter venues, EventPersistenceAdapter events, ShowPersistenceAdapter shows) {
        Venue hall = Venue.open(new VenueDetails("Hall " + UUID.randomUUID(), new Address(List.of("1 quai"),
                "Lyon", "69002", "FR"), ZoneId.of("Europe/Paris"), VenueKind.HALL, Set.of()), now);
        hall.redraw(new SeatMapPlan(List.of(SeatLayout.plain("Stalls", "A-B", "1-5")),
                List.of(new SeatMapPlan.AreaPlan("Pit", 100))), now).orElseThrow(r -> new IllegalStateException(r.code()));
        venues.add(hall);
        Event gala = events.add(Event.announce(new EventDetails("Gala", "", EventCategory.SCHOOL, Optional.empty()),
                AccountId.newId(), now));
        PriceTier tier = PriceTier.forSeats("Full", Set.of(SeatKind.STANDARD), Money.of(3000, "EUR"));
        Instant start = now.plus(Duration.ofDays(5));
        Show show = shows.add(Show.scheduleEventDate(gala.id(), hall.id(), start, start.plus(Duration.ofHours(3)),
                hall.details().timeZone(), new SaleTerms(List.of(tier), SalesWindow.untilStart(now, start),
                        new PerOrderLimit(6), tier.price().currency())));
        return new Stage(hall, gala, show);
    }

    /** A hold of {@code buyer} in {@code state}, ended now unless ACTIVE, carrying {@code promo} when given. */
    UUID hold(Show show, UUID buyer, String state, Instant expiresAt, UUID promo) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO holds (id, show_id, buyer_id, kind, state, currency, promo_code_id, promo_code, created_at,"
                + " expires_at, ended_at) VALUES ('" + id + "', '" + show.id() + "', '" + buyer + "', 'PURCHASE', '"
                + state + "', 'EUR', " + text(promo) + ", " + (promo == null ? "NULL" : "'CODE'") + ", '"
                + expiresAt.minusSeconds(600) + "', '" + expiresAt + "', "
                + (state.equals("ACTIVE") ? "NULL" : "'" + now + "'") + ")");
        return id;
    }

    void item(UUID hold, int position, UUID seat, UUID area, UUID tier, int quantity, long price) {
        sql("INSERT INTO hold_items (hold_id, position, seat_id, area_id, tier_id, quantity, unit_price_minor) VALUES ('"
                + hold + "', " + position + ", " + text(seat) + ", " + text(area) + ", '" + tier + "', " + quantity
                + ", " + price + ")");
    }

    UUID order(Show show, UUID hold, long total, String state, Long refund) {
        UUID id = UUID.randomUUID();
        boolean cancelled = state.equals("CANCELLED");
        sql("INSERT INTO orders (id, show_id, buyer_id, hold_id, currency, total_minor, state, placed_at, cancelled_at,"
                + " cancelled_by, refund_minor) VALUES ('" + id + "', '" + show.id() + "', '" + UUID.randomUUID() + "', '"
                + hold + "', 'EUR', " + total + ", '" + state + "', '" + now + "', " + (cancelled ? "'" + now + "'" : "NULL")
                + ", " + (cancelled ? "'BUYER'" : "NULL") + ", " + refund + ")");
        return id;
    }

    UUID ticket(Show show, UUID order, UUID seat, UUID area, UUID tier, String state) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO tickets (id, show_id, order_id, number, holder_id, seat_id, area_id, tier_id, price_minor, state)"
                + " VALUES ('" + id + "', '" + show.id() + "', '" + order + "', nextval('ticket_numbers'), '"
                + UUID.randomUUID() + "', " + text(seat) + ", " + text(area) + ", '" + tier + "', 3000, '" + state + "')");
        return id;
    }

    /** A payment CAPTURED for {@code hold}, of {@code order} when given. */
    UUID payment(UUID hold, long amount, UUID order) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO payments (id, hold_id, buyer_id, idempotency_key, amount_minor, currency, state,"
                + " provider_payment_id, card_brand, card_last4, order_id, created_at, updated_at) VALUES ('" + id + "', '"
                + hold + "', '" + UUID.randomUUID() + "', '" + id + "', " + amount + ", 'EUR', 'CAPTURED', 'pi_" + id
                + "', 'VISA', '4242', " + text(order) + ", '" + now + "', '" + now + "')");
        return id;
    }

    /** A refund the provider confirmed. */
    void refund(UUID payment, UUID order, long amount, String reason) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO refunds (id, payment_id, order_id, idempotency_key, amount_minor, reason, state,"
                + " provider_refund_id, created_at, updated_at) VALUES ('" + id + "', '" + payment + "', " + text(order)
                + ", '" + id + "', " + amount + ", '" + reason + "', 'SUCCEEDED', 're_1', '" + now + "', '" + now + "')");
    }

    void sql(String statement) {
        transactions.executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                return s.execute(statement);
            } catch (SQLException e) {
                throw new IllegalStateException(statement, e);
            }
        });
    }

    static String text(UUID id) {
        return id == null ? "NULL" : "'" + id + "'";
    }
}
