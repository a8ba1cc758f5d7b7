package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatState;
import app.marquee.domain.sales.promo.Discount;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.sales.promo.PromoCodeId;
import app.marquee.domain.sales.promo.PromoUsage;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import app.marquee.domain.sales.venue.SeatMapPlan;
import app.marquee.domain.sales.venue.SeatLayout;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static app.marquee.adapter.persistence.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class HoldPersistenceAdapterTest extends DatabaseTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    HoldPersistenceAdapter holds;
    @Inject
    HoldPlacementPersistenceAdapter placing;
    @Inject
    ShowPersistenceAdapter shows;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    EventPersistenceAdapter events;
    @Inject
    PromoCodePersistenceAdapter promoCodes;
    @Inject
    TransactionOperations<Connection> transactions;

    Venue hall;
    Show show;

    void onSale() {
        hall = venues.add(HoldFixtures.hall(NOW));
        show = shows.add(HoldFixtures.showOnSale(events.add(HoldFixtures.event(NOW)), hall, NOW));
    }

    @Test
    void aPlacedHoldComesBackWithItsItemsAndItsPromoCode() {
        onSale();
        AccountId buyer = buyer();
        HoldRequest request = new HoldRequest(buyer, show.id(), List.of(HoldRequest.Item.seat(seat(0), seated()),
                HoldRequest.Item.places(pit(), standing(), 2)));
        Hold hold = ((Outcome.Accepted<PlacedHold>) HoldPlacement.byDefault().place(request, show,
                HoldFixtures.plan(hall), List.of(), List.of(), NOW)).value().hold();
        PromoCode code = new PromoCode(PromoCodeId.newId(), "spring-10", show.event().orElseThrow(),
                new Discount.PercentOff(10), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)),
                OptionalInt.empty(), OptionalInt.empty());
        promoCodes.add(code);
        HoldPlacement.applyPromo(hold, show, code, PromoUsage.none(), NOW);
        transactions.executeWrite(status -> {
            placing.save(new PlacedHold(hold, Optional.empty()), NOW);
            return null;
        });

        Hold read = holds.byId(hold.id()).orElseThrow();

        assertThat(read).usingRecursiveComparison().isEqualTo(hold);
        assertThat(read.total()).isEqualTo(Money.of(8550, "EUR"));
        assertThat(holds.byId(HoldId.newId())).isEmpty();
    }

    @Test
    void aHoldTakesItsSeatsAndPlacesFromEveryoneElseButItsBuyer() {
        onSale();
        AccountId buyer = buyer();
        Hold hold = place(buyer, NOW, HoldRequest.Item.seat(seat(0), seated()),
                HoldRequest.Item.places(pit(), standing(), 3)).orElseThrow();

        Inventory forOthers = inventory(holds.takenAt(show.id(), Optional.empty(), NOW));
        Inventory forTheBuyer = inventory(holds.takenAt(show.id(), Optional.of(hold.id()), NOW));
        Inventory onceLapsed = inventory(holds.takenAt(show.id(), Optional.empty(), hold.expiresAt()));

        assertThat(forOthers.stateOf(seat(0))).isEqualTo(SeatState.HELD);
        assertThat(forOthers.remainingIn(pit())).isEqualTo(7);
        assertThat(forTheBuyer.stateOf(seat(0))).isEqualTo(SeatState.AVAILABLE);
        assertThat(forTheBuyer.remainingIn(pit())).isEqualTo(10);
        assertThat(onceLapsed.stateOf(seat(0))).as("an expired hold blocks no one").isEqualTo(SeatState.AVAILABLE);
        assertThat(onceLapsed.remainingIn(pit())).isEqualTo(10);
    }

    @Test
    void theClaimsOfNamedSeatsAreReadWithoutTheRestOfTheShow() {
        onSale();
        place(buyer(), NOW, HoldRequest.Item.seat(seat(0), seated()), HoldRequest.Item.seat(seat(1), seated()),
                HoldRequest.Item.places(pit(), standing(), 3)).orElseThrow();
        AccountId buyer = buyer();
        Hold own = place(buyer, NOW, HoldRequest.Item.seat(seat(2), seated())).orElseThrow();

        List<Claim> named = holds.takenOf(show.id(), java.util.Set.of(seat(1), seat(2), seat(3)), Optional.of(own.id()),
                NOW);

        assertThat(named).as("seat 0 was not asked about; the buyer's own seat 2 does not count; every area does")
                .containsExactlyInAnyOrder(Claim.ofSeat(seat(1), Claim.Standing.HELD),
                        Claim.inArea(pit(), 3, Claim.Standing.HELD));
        assertThat(holds.takenOf(show.id(), java.util.Set.of(), Optional.empty(), NOW))
                .containsExactly(Claim.inArea(pit(), 3, Claim.Standing.HELD));
    }

    @Test
    void aNewHoldOfTheSameBuyerReplacesTheOldOneAndGivesItsPlacesBack() throws SQLException {
        onSale();
        AccountId buyer = buyer();
        Hold first = place(buyer, NOW, HoldRequest.Item.seat(seat(0), seated()), HoldRequest.Item.seat(seat(1), seated()),
                HoldRequest.Item.places(pit(), standing(), 4)).orElseThrow();

        Hold second = place(buyer, NOW.plusSeconds(5), HoldRequest.Item.seat(seat(1), seated()),
                HoldRequest.Item.seat(seat(2), seated()), HoldRequest.Item.places(pit(), standing(), 1)).orElseThrow();

        assertThat(holds.byId(first.id()).orElseThrow().state()).isEqualTo(HoldState.RELEASED);
        Inventory inventory = inventory(holds.takenAt(show.id(), Optional.empty(), NOW.plusSeconds(6)));
        assertThat(inventory.stateOf(seat(0))).isEqualTo(SeatState.AVAILABLE);
        assertThat(inventory.stateOf(seat(1))).isEqualTo(SeatState.HELD);
        assertThat(inventory.stateOf(seat(2))).isEqualTo(SeatState.HELD);
        assertThat(inventory.remainingIn(pit())).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM seat_claims WHERE hold_id = '" + second.id() + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM seat_claims WHERE show_id = '" + show.id() + "'")).isEqualTo(2);
    }

    @Test
    void aLapsedHoldsSeatGoesToTheNextBuyerAndItsPlacesComeBack() throws SQLException {
        onSale();
        Hold lapsing = place(buyer(), NOW, HoldRequest.Item.seat(seat(0), seated()),
                HoldRequest.Item.places(pit(), standing(), 10)).orElseThrow();
        Instant later = lapsing.expiresAt().plusSeconds(1);

        Hold next = place(buyer(), later, HoldRequest.Item.seat(seat(0), seated()),
                HoldRequest.Item.places(pit(), standing(), 10)).orElseThrow();

        Hold lapsed = holds.byId(lapsing.id()).orElseThrow();
        assertThat(lapsed.state()).isEqualTo(HoldState.EXPIRED);
        assertThat(count("SELECT count(*) FROM holds WHERE id = '" + lapsing.id() + "' AND ended_at = '" + later + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM seat_claims WHERE hold_id = '" + next.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT taken FROM show_area_stock WHERE show_id = '" + show.id() + "'")).isEqualTo(10);
    }

    @Test
    void aSeatHeldOrAnAreaFullIsRefusedWithWhatIsTaken() {
        onSale();
        place(buyer(), NOW, HoldRequest.Item.seat(seat(0), seated()), HoldRequest.Item.places(pit(), standing(), 8));
        Hold stale = HoldPlacementTestSupport.placedWithout(HoldPlacement.byDefault(), buyer(), show, hall, NOW,
                HoldRequest.Item.seat(seat(0), seated()), HoldRequest.Item.seat(seat(1), seated()));
        Hold tooMany = HoldPlacementTestSupport.placedWithout(HoldPlacement.byDefault(), buyer(), show, hall, NOW,
                HoldRequest.Item.places(pit(), standing(), 3));

        assertThat(saveRefused(stale)).isEqualTo(Rejection.about(SalesRejection.SEATS_UNAVAILABLE,
                List.of(seat(0).toString())));
        assertThat(saveRefused(tooMany)).isEqualTo(Rejection.about(SalesRejection.AREA_SOLD_OUT,
                List.of(pit().toString())));
        assertThat(holds.byId(stale.id())).as("nothing of a refused hold is written").isEmpty();
        assertThat(holds.byId(tooMany.id())).isEmpty();
    }

    @Test
    void aReleasedHoldGivesItsPlacesBackOnce() {
        onSale();
        Hold hold = place(buyer(), NOW, HoldRequest.Item.seat(seat(3), seated()),
                HoldRequest.Item.places(pit(), standing(), 5)).orElseThrow();
        hold.release();

        assertThat(holds.release(hold, NOW.plusSeconds(1)).isAccepted()).isTrue();
        assertThat(holds.release(hold, NOW.plusSeconds(2))).isEqualTo(Outcome.rejected(SalesRejection.HOLD_NOT_ACTIVE));

        Inventory inventory = inventory(holds.takenAt(show.id(), Optional.empty(), NOW.plusSeconds(3)));
        assertThat(inventory.stateOf(seat(3))).isEqualTo(SeatState.AVAILABLE);
        assertThat(inventory.remainingIn(pit())).isEqualTo(10);
        assertThat(holds.byId(hold.id()).orElseThrow().state()).isEqualTo(HoldState.RELEASED);
    }

    @Test
    void aShowSaysWhetherAHoldIsDueSoThatAPlacementLapsesOnlyWhenOneIs() {
        onSale();
        Hold hold = place(buyer(), NOW, HoldRequest.Item.places(pit(), standing(), 2)).orElseThrow();

        assertThat(holds.anyDueOf(show.id(), NOW)).isFalse();
        assertThat(holds.anyDueOf(show.id(), hold.expiresAt())).isTrue();
        assertThat(holds.lapseDueOf(show.id(), hold.expiresAt())).isEqualTo(1);
        assertThat(holds.anyDueOf(show.id(), hold.expiresAt())).as("lapsed, no longer due").isFalse();
    }

    @Test
    void theExpiryJobLapsesDueHoldsInBatchesAndFreesTheirPlaces() throws SQLException {
        onSale();
        Hold one = place(buyer(), NOW, HoldRequest.Item.places(pit(), standing(), 2)).orElseThrow();
        Hold two = place(buyer(), NOW, HoldRequest.Item.seat(seat(4), seated())).orElseThrow();
        Hold young = place(buyer(), NOW.plus(Duration.ofMinutes(5)), HoldRequest.Item.places(pit(), standing(), 1))
                .orElseThrow();
        Instant due = one.expiresAt().plusSeconds(1);

        int lapsed = 0;
        int batch;
        do {
            batch = holds.expireDue(due, 1);
            lapsed += batch;
        } while (batch == 1);

        assertThat(lapsed).as("at least ours; other tests' due holds too").isGreaterThanOrEqualTo(2);
        assertThat(holds.byId(one.id()).orElseThrow().state()).isEqualTo(HoldState.EXPIRED);
        assertThat(holds.byId(two.id()).orElseThrow().state()).isEqualTo(HoldState.EXPIRED);
        assertThat(holds.byId(young.id()).orElseThrow().state()).isEqualTo(HoldState.ACTIVE);
        assertThat(count("SELECT taken FROM show_area_stock WHERE show_id = '" + show.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM seat_claims WHERE show_id = '" + show.id() + "'")).isZero();
    }

    @Test
    void twentyBuyersRacingForOneSeatAndTenStandingPlacesGetExactlyThem() throws Exception {
        onSale();
        List<Outcome<Hold>> forTheSeat = race(20, () -> place(buyer(), HoldRequest.Item.seat(seat(0), seated())));
        List<Outcome<Hold>> forThePit = race(20, () -> place(buyer(), HoldRequest.Item.places(pit(), standing(), 1)));

        assertThat(forTheSeat.stream().filter(Outcome::isAccepted)).hasSize(1);
        assertThat(forTheSeat.stream().filter(outcome -> !outcome.isAccepted()))
                .allSatisfy(lost -> assertThat(((Outcome.Rejected<Hold>) lost).rejection())
                        .isEqualTo(Rejection.about(SalesRejection.SEATS_UNAVAILABLE, List.of(seat(0).toString()))));
        assertThat(forThePit.stream().filter(Outcome::isAccepted)).hasSize(10);
        assertThat(forThePit.stream().filter(outcome -> !outcome.isAccepted()))
                .allSatisfy(lost -> assertThat(((Outcome.Rejected<Hold>) lost).rejection())
                        .isEqualTo(Rejection.about(SalesRejection.AREA_SOLD_OUT, List.of(pit().toString()))));
        assertThat(count("SELECT count(*) FROM seat_claims WHERE show_id = '" + show.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT taken FROM show_area_stock WHERE show_id = '" + show.id() + "'")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM holds WHERE show_id = '" + show.id() + "' AND state = 'ACTIVE'"))
                .isEqualTo(11);
        assertThat(count("SELECT coalesce(sum(i.quantity), 0) FROM holds h JOIN hold_items i ON i.hold_id = h.id"
                + " WHERE h.show_id = '" + show.id() + "' AND h.state = 'ACTIVE' AND i.area_id IS NOT NULL"))
                .as("the stock counts exactly the places of the live holds").isEqualTo(10);
    }

    @Test
    void aShowSellsEveryAreaOfItsVenueAndFollowsAnAreaThatGrowsOrAppears() throws SQLException {
        onSale();
        Venue redrawn = venues.byId(hall.id()).orElseThrow();
        redrawn.redraw(new SeatMapPlan(
                        List.of(SeatLayout.plain("Stalls", "A-B", "1-5")),
                        List.of(new SeatMapPlan.AreaPlan("Pit", 15),
                                new SeatMapPlan.AreaPlan("Lawn", 40))), NOW)
                .orElseThrow(rejection -> new IllegalStateException(rejection.code()));

        assertThat(count("SELECT capacity FROM show_area_stock WHERE show_id = '" + show.id() + "'")).isEqualTo(10);
        assertThat(venues.updateSeatMap(redrawn).isAccepted()).isTrue();

        assertThat(count("SELECT capacity FROM show_area_stock WHERE show_id = '" + show.id() + "' AND area_id = '"
                + pit() + "'")).isEqualTo(15);
        assertThat(count("SELECT sum(capacity) FROM show_area_stock WHERE show_id = '" + show.id() + "'"))
                .isEqualTo(55);
    }

    Outcome<Hold> place(AccountId buyer, HoldRequest.Item item) {
        return HoldPlacementTestSupport.place(transactions, holds, placing, HoldPlacement.byDefault(),
                new HoldRequest(buyer, show.id(), List.of(item)), show, hall, Instant.now());
    }

    static <T> List<T> race(int buyers, Supplier<T> attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> attempts = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                attempts.add(threads.submit(() -> {
                    start.await();
                    return attempt.get();
                }));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> each : attempts) {
                outcomes.add(each.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    Optional<Hold> place(AccountId buyer, Instant now, HoldRequest.Item... items) {
        Outcome<Hold> outcome = HoldPlacementTestSupport.place(transactions, holds, placing, HoldPlacement.byDefault(),
                new HoldRequest(buyer, show.id(), List.of(items)), show, hall, now);
        return outcome instanceof Outcome.Accepted<Hold> accepted ? Optional.of(accepted.value()) : Optional.empty();
    }

    Rejection saveRefused(Hold hold) {
        try {
            transactions.executeWrite(status -> {
                placing.save(new PlacedHold(hold, Optional.empty()), NOW);
                return null;
            });
            throw new AssertionError("saved");
        } catch (HoldRaceLostException lost) {
            return lost.rejection();
        }
    }

    Inventory inventory(List<Claim> taken) {
        return Inventory.of(HoldFixtures.plan(hall), taken);
    }

    SeatId seat(int index) {
        return hall.seatMap().seats().get(index).id();
    }

    AreaId pit() {
        return hall.seatMap().areas().get(0).id();
    }

    TierId seated() {
        return show.terms().tiers().get(0).id();
    }

    TierId standing() {
        return show.terms().tiers().get(1).id();
    }

    static AccountId buyer() {
        return new AccountId(UUID.randomUUID());
    }
}
