package app.marquee.domain.sales.hold;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.STARTS;
import static app.marquee.domain.sales.SaleFixture.accepted;
import static app.marquee.domain.sales.SaleFixture.code;
import static app.marquee.domain.sales.SaleFixture.eur;
import static app.marquee.domain.sales.SaleFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldPlacementTest {
    private static final AccountId ANN = AccountId.newId();
    private static final AccountId BOB = AccountId.newId();
    private final SaleFixture box = new SaleFixture();

    @Test
    void holdsSeatsAndPlacesForTenMinutesAtTheTierPrices() {
        PlacedHold placed = accepted(box.place(box.request(ANN, box.seat(box.a1), box.standing(2)), List.of(),
                List.of(), NOW));

        Hold hold = placed.hold();
        assertThat(hold.state()).isEqualTo(HoldState.ACTIVE);
        assertThat(hold.kind()).isEqualTo(HoldKind.PURCHASE);
        assertThat(hold.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(hold.items()).containsExactly(HoldItem.seat(box.a1, box.category1.id(), eur(5000)),
                HoldItem.places(box.standing, box.standingTier.id(), 2, eur(3000)));
        assertThat(hold.total()).isEqualTo(eur(11000));
        assertThat(hold.places()).isEqualTo(3);
        assertThat(placed.replaced()).isEmpty();
    }

    @Test
    void cannotHoldASeatAlreadyHeldOrSoldAndIsToldWhichOnes() {
        Hold bobs = box.hold(BOB, box.seat(box.a1));
        Claim sold = Claim.ofSeat(box.a3, Claim.Standing.SOLD);

        Rejection rejection = rejection(box.place(box.request(ANN, box.seat(box.a3), box.seat(box.a2),
                box.seat(box.a1)), List.of(bobs), List.of(sold), NOW));

        assertThat(rejection.code()).isEqualTo("SEATS_UNAVAILABLE");
        assertThat(rejection.subjects()).containsExactly(box.a3.toString(), box.a1.toString());
    }

    @Test
    void anExpiredHoldNeverBlocksAnotherBuyer() {
        Hold bobs = box.hold(BOB, box.seat(box.a1), box.standing(5));

        PlacedHold placed = accepted(box.place(box.request(ANN, box.seat(box.a1), box.standing(5)), List.of(bobs),
                List.of(), bobs.expiresAt()));

        assertThat(placed.hold().places()).isEqualTo(6);
        assertThat(bobs.state()).isEqualTo(HoldState.ACTIVE);
    }

    @Test
    void cannotHoldMorePlacesThanAnAreaHasLeft() {
        Hold bobs = box.hold(BOB, box.standing(3));

        Rejection rejection = rejection(box.place(box.request(ANN, box.standing(2), box.standing(1)), List.of(bobs),
                List.of(), NOW));

        assertThat(rejection.code()).isEqualTo("AREA_SOLD_OUT");
        assertThat(rejection.subjects()).containsExactly(box.standing.toString());
        assertThat(box.place(box.request(ANN, box.standing(2)), List.of(bobs), List.of(), NOW).isAccepted()).isTrue();
    }

    @Test
    void countsEveryPlaceAgainstThePerOrderMaximum() {
        SaleFixture small = new SaleFixture();
        Show show = Show.rehydrate(small.show.id(), small.show.kind(), small.show.venue(), small.show.event(),
                small.show.title(), small.show.startsAt(), small.show.endsAt(), small.show.zone(),
                new SaleTerms(small.show.terms().tiers(), small.show.terms().window(), new PerOrderLimit(3),
                        small.show.terms().currency()), Show.Lifecycle.ON_SALE, 1);
        HoldPlacement placement = HoldPlacement.byDefault();

        assertThat(code(placement.place(small.request(ANN, small.seat(small.a1), small.standing(3)), show, small.plan,
                List.of(), List.of(), NOW))).isEqualTo("PER_ORDER_LIMIT_EXCEEDED");
        assertThat(placement.place(small.request(ANN, small.seat(small.a1), small.standing(2)), show, small.plan,
                List.of(), List.of(), NOW).isAccepted()).isTrue();
    }

    @Test
    void theDefaultMaximumIsTenPlaces() {
        SaleFixture big = new SaleFixture();

        assertThat(code(big.place(big.request(ANN, big.seat(big.a1), big.seat(big.a2), big.seat(big.a3),
                big.seat(big.a4), big.standing(5), HoldRequest.Item.seat(big.w1, big.access.id()),
                big.standing(1)), List.of(), List.of(), NOW))).isEqualTo("PER_ORDER_LIMIT_EXCEEDED");
    }

    @Test
    void refusesAnEmptyRequest() {
        assertThat(code(box.place(box.request(ANN), List.of(), List.of(), NOW))).isEqualTo("HOLD_EMPTY");
    }

    @Test
    void refusesTheSameSeatTwiceInOneRequest() {
        Rejection rejection = rejection(box.place(box.request(ANN, box.seat(box.a1), box.seat(box.a2),
                box.seat(box.a1)), List.of(), List.of(), NOW));

        assertThat(rejection.code()).isEqualTo("DUPLICATE_SEAT");
        assertThat(rejection.subjects()).containsExactly(box.a1.toString());
    }

    @Test
    void quantitiesThatWouldWrapAroundNeverSlipPastTheLimits() {
        assertThatThrownBy(() -> HoldRequest.Item.places(box.standing, box.standingTier.id(), Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);

        HoldRequest.Item most = HoldRequest.Item.places(box.standing, box.standingTier.id(), PerOrderLimit.CEILING);
        Rejection tooMany = rejection(box.place(box.request(ANN, most, most, most), List.of(), List.of(), NOW));

        assertThat(tooMany.code()).isEqualTo("PER_ORDER_LIMIT_EXCEEDED");
    }

    @Test
    void refusesSeatsAndAreasTheShowDoesNotHave() {
        SeatId elsewhere = SeatId.newId();
        AreaId balcony = AreaId.newId();

        Rejection seat = rejection(box.place(box.request(ANN, box.seat(box.a1), box.seat(elsewhere)), List.of(),
                List.of(), NOW));
        Rejection area = rejection(box.place(box.request(ANN, HoldRequest.Item.places(balcony,
                box.standingTier.id(), 1)), List.of(), List.of(), NOW));

        assertThat(seat.code()).isEqualTo("SEAT_NOT_FOUND");
        assertThat(seat.subjects()).containsExactly(elsewhere.toString());
        assertThat(area.code()).isEqualTo("AREA_NOT_FOUND");
        assertThat(area.subjects()).containsExactly(balcony.toString());
    }

    @Test
    void refusesATierTheShowDoesNotHave() {
        TierId vip = TierId.newId();

        Rejection rejection = rejection(box.place(box.request(ANN, HoldRequest.Item.seat(box.a1, vip)), List.of(),
                List.of(), NOW));

        assertThat(rejection.code()).isEqualTo("TIER_NOT_FOUND");
        assertThat(rejection.subjects()).containsExactly(vip.toString());
    }

    @Test
    void refusesATierThatDoesNotApplyToTheSeatKindOrTheArea() {
        Rejection wheelchairAtCategory1 = rejection(box.place(box.request(ANN, box.seat(box.w1)), List.of(),
                List.of(), NOW));
        Rejection standingAtAccess = rejection(box.place(box.request(ANN,
                HoldRequest.Item.places(box.standing, box.access.id(), 1)), List.of(), List.of(), NOW));

        assertThat(wheelchairAtCategory1.code()).isEqualTo("TIER_NOT_APPLICABLE");
        assertThat(wheelchairAtCategory1.subjects()).containsExactly(box.w1.toString());
        assertThat(standingAtAccess.code()).isEqualTo("TIER_NOT_APPLICABLE");
    }

    @Test
    void refusesWhenTheShowDoesNotSell() {
        assertThat(code(box.place(box.request(ANN, box.seat(box.a1)), List.of(), List.of(), STARTS)))
                .isEqualTo("SALES_WINDOW_CLOSED");
        box.show.cancel(NOW);
        assertThat(code(box.place(box.request(ANN, box.seat(box.a1)), List.of(), List.of(), NOW)))
                .isEqualTo("SHOW_CANCELLED");
    }

    @Test
    void aNewHoldReplacesTheBuyersPreviousOneWhosePlacesItMayTakeAgain() {
        Hold first = box.hold(ANN, box.seat(box.a1), box.seat(box.a2));
        Hold bobs = box.hold(BOB, box.seat(box.a3));

        PlacedHold second = accepted(box.place(box.request(ANN, box.seat(box.a2), box.seat(box.a4)),
                List.of(first, bobs), List.of(), NOW.plusSeconds(30)));

        assertThat(second.replaced()).containsSame(first);
        assertThat(first.state()).isEqualTo(HoldState.RELEASED);
        assertThat(bobs.state()).isEqualTo(HoldState.ACTIVE);
    }

    @Test
    void aPreviousHoldWhoseTimeIsUpIsMarkedExpiredNotReleased() {
        Hold first = box.hold(ANN, box.seat(box.a1));

        PlacedHold second = accepted(box.place(box.request(ANN, box.seat(box.a1)), List.of(first), List.of(),
                first.expiresAt()));

        assertThat(second.replaced()).containsSame(first);
        assertThat(first.state()).isEqualTo(HoldState.EXPIRED);
    }

    @Test
    void aRefusedRequestLeavesThePreviousHoldAlone() {
        Hold first = box.hold(ANN, box.seat(box.a1));

        assertThat(code(box.place(box.request(ANN, box.seat(box.w1)), List.of(first), List.of(), NOW)))
                .isEqualTo("TIER_NOT_APPLICABLE");
        assertThat(first.state()).isEqualTo(HoldState.ACTIVE);
    }
}
