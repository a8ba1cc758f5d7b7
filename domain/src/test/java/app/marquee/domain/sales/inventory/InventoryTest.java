package app.marquee.domain.sales.inventory;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InventoryTest {
    private final SaleFixture box = new SaleFixture();

    @Test
    void saysOfEachSeatWhetherItIsAvailableHeldOrSoldAndNothingOfWho() {
        Hold held = box.hold(AccountId.newId(), box.seat(box.a1));
        Ticket sold = box.buy(AccountId.newId(), box.seat(box.a2)).tickets().get(0);
        List<Claim> claims = new ArrayList<>(held.claimsAt(NOW));
        claims.add(sold.claim().orElseThrow());

        Inventory inventory = Inventory.of(box.plan, claims);

        assertThat(inventory.seats()).containsEntry(box.a1, SeatState.HELD).containsEntry(box.a2, SeatState.SOLD)
                .containsEntry(box.a3, SeatState.AVAILABLE).hasSize(5);
    }

    @Test
    void countsWhatIsLeftPerAreaAndPerTier() {
        Inventory inventory = Inventory.of(box.plan, List.of(
                Claim.inArea(box.standing, 2, Claim.Standing.HELD), Claim.inArea(box.standing, 1, Claim.Standing.SOLD),
                Claim.ofSeat(box.a1, Claim.Standing.SOLD), Claim.ofSeat(box.w1, Claim.Standing.HELD)));

        assertThat(inventory.remainingIn(box.standing)).isEqualTo(2);
        assertThat(inventory.heldIn(box.standing)).isEqualTo(2);
        assertThat(inventory.soldIn(box.standing)).isEqualTo(1);
        assertThat(inventory.remainingByTier(box.show.terms())).containsExactly(
                Map.entry(box.category1.id(), 3), Map.entry(box.access.id(), 0), Map.entry(box.standingTier.id(), 2));
        assertThat(inventory.remaining()).isEqualTo(5);
        assertThat(inventory.isSoldOut()).isFalse();
    }

    @Test
    void anExpiredHoldClaimsNothingEvenBeforeItIsMarkedExpired() {
        Hold hold = box.hold(AccountId.newId(), box.seat(box.a1), box.standing(5));

        assertThat(hold.claimsAt(hold.expiresAt().minusMillis(1))).hasSize(2);
        assertThat(hold.claimsAt(hold.expiresAt())).isEmpty();
        assertThat(Inventory.of(box.plan, hold.claimsAt(hold.expiresAt())).remaining()).isEqualTo(10);
    }

    @Test
    void refusesToSellASeatTwice() {
        List<Claim> twice = List.of(Claim.ofSeat(box.a1, Claim.Standing.HELD), Claim.ofSeat(box.a1, Claim.Standing.SOLD));

        assertThatThrownBy(() -> Inventory.of(box.plan, twice)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToHoldAndSellMoreThanAnAreaHolds() {
        List<Claim> six = List.of(Claim.inArea(box.standing, 3, Claim.Standing.SOLD),
                Claim.inArea(box.standing, 3, Claim.Standing.HELD));

        assertThatThrownBy(() -> Inventory.of(box.plan, six)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAClaimOnAPlaceTheShowDoesNotHave() {
        assertThatThrownBy(() -> Inventory.of(box.plan, List.of(Claim.ofSeat(SeatId.newId(), Claim.Standing.SOLD))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isSoldOutWhenEverySeatAndPlaceIsTaken() {
        List<Claim> all = new ArrayList<>();
        box.plan.seats().keySet().forEach(seat -> all.add(Claim.ofSeat(seat, Claim.Standing.SOLD)));
        all.add(Claim.inArea(box.standing, 5, Claim.Standing.HELD));

        assertThat(Inventory.of(box.plan, all).isSoldOut()).isTrue();
    }

    @Test
    void aPlanSellsSomethingAndEveryAreaHoldsAPlace() {
        assertThatThrownBy(() -> new SeatingPlan(Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatingPlan(Map.of(SeatId.newId(), SeatKind.STANDARD), Map.of(box.standing, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(box.plan.totalCapacity()).isEqualTo(10);
    }
}
