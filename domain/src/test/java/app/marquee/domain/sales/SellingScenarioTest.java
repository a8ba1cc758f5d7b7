package app.marquee.domain.sales;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.checkin.CheckIn;
import app.marquee.domain.sales.checkin.CheckInResult;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatState;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketNumber;
import app.marquee.domain.sales.order.TicketSigner;
import app.marquee.domain.sales.refund.OrderCancellation;
import app.marquee.domain.sales.refund.RefundPolicy;
import app.marquee.domain.sales.refund.RefundQuote;
import app.marquee.domain.sales.waitlist.Offer;
import app.marquee.domain.sales.waitlist.WaitingList;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.STARTS;
import static app.marquee.domain.sales.SaleFixture.accepted;
import static app.marquee.domain.sales.SaleFixture.code;
import static app.marquee.domain.sales.SaleFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

/** The selling rules told as stories, end to end in the domain. */
class SellingScenarioTest {
    private static final TicketSigner SERVER = SaleFixture.signer("box office secret");
    private final SaleFixture box = new SaleFixture();
    private final AccountId ann = AccountId.newId();
    private final AccountId bob = AccountId.newId();
    private final List<Hold> holds = new ArrayList<>();
    private final List<Ticket> tickets = new ArrayList<>();

    @Test
    void aBuyerHoldsTwoSeatsPaysAndChecksInOnce() {
        Hold hold = place(ann, NOW, box.seat(box.a1), box.seat(box.a2));
        assertThat(hold.total()).isEqualTo(eur(10000));
        assertThat(inventory(NOW).stateOf(box.a1)).isEqualTo(SeatState.HELD);

        assertThat(code(box.place(box.request(bob, box.seat(box.a2)), holds, sold(), NOW.plusSeconds(60))))
                .isEqualTo("SEATS_UNAVAILABLE");

        Purchase purchase = accepted(Order.fromHold(hold, box.show, ann, new TicketNumber(1),
                NOW.plusSeconds(120)));
        tickets.addAll(purchase.tickets());
        assertThat(purchase.order().total()).isEqualTo(eur(10000));
        assertThat(inventory(NOW.plus(Duration.ofHours(1))).stateOf(box.a1)).isEqualTo(SeatState.SOLD);

        String code = purchase.tickets().get(0).code(SERVER).format();
        Instant doors = STARTS.minusSeconds(900);
        assertThat(checkIn(code, ann, doors)).isEqualTo(CheckInResult.VALID);
        assertThat(checkIn(code, ann, doors.plusSeconds(30))).isEqualTo(CheckInResult.ALREADY_USED);
        assertThat(checkIn(purchase.tickets().get(1).code(SERVER).format(), bob, doors))
                .isEqualTo(CheckInResult.WRONG_HOLDER);
    }

    @Test
    void aBuyerWhoLetsTheHoldLapseLosesTheSeatToTheNextBuyer() {
        Hold slow = place(ann, NOW, box.seat(box.a1));

        Hold quick = place(bob, slow.expiresAt(), box.seat(box.a1));
        tickets.addAll(accepted(Order.fromHold(quick, box.show, bob, new TicketNumber(1), slow.expiresAt()))
                .tickets());

        assertThat(code(Order.fromHold(slow, box.show, ann, new TicketNumber(2), slow.expiresAt())))
                .isEqualTo("HOLD_EXPIRED");
        assertThat(tickets).extracting(Ticket::holder).containsExactly(bob);
    }

    @Test
    void aCancellationGivesTheStandingPlacesBackToTheFirstOnTheWaitingList() {
        Hold annsHold = place(ann, NOW, box.standing(5));
        Purchase annsOrder = accepted(Order.fromHold(annsHold, box.show, ann, new TicketNumber(1), NOW));
        tickets.addAll(annsOrder.tickets());
        List<Claim> seatsGone = box.plan.seats().keySet().stream().map(s -> Claim.ofSeat(s, Claim.Standing.SOLD)).toList();
        List<Claim> everything = new ArrayList<>(seatsGone);
        everything.addAll(sold());
        WaitingList line = WaitingList.empty(box.show.id());
        accepted(line.join(bob, box.standingTier.id(), 2, box.show.terms().perOrderLimit(), Inventory.of(box.plan, everything).isSoldOut(), NOW));

        Instant threeDaysBefore = STARTS.minus(Duration.ofDays(3));
        RefundQuote refund = accepted(OrderCancellation.byBuyer(annsOrder.order(), ann, annsOrder.tickets(), STARTS,
                RefundPolicy.DEFAULT, threeDaysBefore));
        List<Offer> offers = line.offer(box.standingTier.id(), Inventory.of(box.plan, sold()).remainingIn(box.standing),
                WaitingList.DEFAULT_OFFER_VALIDITY, threeDaysBefore);

        assertThat(refund.amount()).isEqualTo(eur(15000));
        assertThat(offers).containsExactly(new Offer(bob, box.standingTier.id(), 2, threeDaysBefore.plus(Duration.ofHours(2))));
        Hold offered = Hold.offer(bob, box.show.id(), List.of(HoldItem.places(box.standing, box.standingTier.id(), 2,
                box.standingTier.price())), threeDaysBefore, offers.get(0).expiresAt());
        holds.add(offered);
        assertThat(inventory(threeDaysBefore).remainingIn(box.standing)).isEqualTo(3);
        Purchase bobs = accepted(Order.fromHold(offered, box.show, bob, new TicketNumber(6),
                threeDaysBefore.plusSeconds(600)));
        assertThat(bobs.order().total()).isEqualTo(eur(6000));
        assertThat(line.served(bob).isAccepted()).isTrue();
    }

    private Hold place(AccountId buyer, Instant now, HoldRequest.Item... items) {
        Hold hold = accepted(box.place(box.request(buyer, items), holds, sold(), now)).hold();
        holds.add(hold);
        return hold;
    }

    private List<Claim> sold() {
        return tickets.stream().flatMap(t -> t.claim().stream()).toList();
    }

    private Inventory inventory(Instant now) {
        List<Claim> claims = new ArrayList<>(sold());
        holds.forEach(h -> claims.addAll(h.claimsAt(now)));
        return Inventory.of(box.plan, claims);
    }

    private CheckInResult checkIn(String scanned, AccountId presenter, Instant now) {
        return CheckIn.scan(scanned, box.show.id(), Optional.of(presenter), SERVER,
                id -> tickets.stream().filter(t -> t.id().equals(id)).findFirst(), now).result();
    }
}
