package app.marquee.domain.sales.waitlist;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.inventory.Claim;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.code;
import static org.assertj.core.api.Assertions.assertThat;

class LineFirstTest {
    private final SaleFixture box = new SaleFixture();
    private final AccountId passerBy = AccountId.newId();
    /** A1-A3 sold: only A4 of Category 1 is left (it came back), the pit has 5. */
    private final List<Claim> taken = List.of(Claim.ofSeat(box.a1, Claim.Standing.SOLD),
            Claim.ofSeat(box.a2, Claim.Standing.SOLD), Claim.ofSeat(box.a3, Claim.Standing.SOLD));

    @Test
    void aPlaceThatCameBackWhileSomeoneWaitsForItIsKeptForTheLine() {
        Hold hold = box.hold(passerBy, box.seat(box.a4));

        assertThat(code(LineFirst.admits(hold, box.show.terms(), box.plan, taken, Map.of(box.category1.id(), 1), NOW)))
                .isEqualTo("PLACES_KEPT_FOR_WAITING_LIST");
    }

    @Test
    void aHoldTakingNothingTheLineWantsGoesThrough() {
        Hold standing = box.hold(passerBy, box.standing(3));

        assertThat(LineFirst.admits(standing, box.show.terms(), box.plan, taken, Map.of(box.category1.id(), 1), NOW)
                .isAccepted()).isTrue();
        assertThat(LineFirst.admits(standing, box.show.terms(), box.plan, taken, Map.of(box.standingTier.id(), 2), NOW)
                .isAccepted()).as("5 left, 3 taken, 2 still there for the line").isTrue();
        assertThat(code(LineFirst.admits(standing, box.show.terms(), box.plan, taken,
                Map.of(box.standingTier.id(), 3), NOW))).isEqualTo("PLACES_KEPT_FOR_WAITING_LIST");
    }

    @Test
    void nobodyWaitingKeepsNothing() {
        Hold hold = box.hold(passerBy, box.seat(box.a4));

        assertThat(LineFirst.admits(hold, box.show.terms(), box.plan, taken, Map.of(), NOW).isAccepted()).isTrue();
    }
}
