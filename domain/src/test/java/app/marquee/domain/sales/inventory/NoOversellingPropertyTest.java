package app.marquee.domain.sales.inventory;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.hold.PlacedHold;
import app.marquee.domain.sales.order.CancelledBy;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.OrderState;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketNumber;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many random sequences of holds, expiries, releases, purchases and cancellations on the small
 * hall (fixed seed, so a failure replays), checking after every step that nothing is oversold:
 * no seat is held or sold twice, no area holds and sells more than its capacity, a buyer has one
 * ACTIVE hold at most, every valid ticket belongs to a paid order and ticket numbers never repeat.
 */
class NoOversellingPropertyTest {
    private static final Set<String> EXPECTED_REFUSALS = Set.of("SEATS_UNAVAILABLE", "AREA_SOLD_OUT",
            "PER_ORDER_LIMIT_EXCEEDED", "DUPLICATE_SEAT", "TIER_NOT_APPLICABLE");
    private final Random random = new Random(20261121L);
    private final Map<String, Integer> seen = new TreeMap<>();

    @Test
    void randomSalesNeverOversellAShow() {
        for (int run = 0; run < 100; run++) {
            new Run(new SaleFixture()).play(200);
        }

        assertThat(seen).as("the runs exercise every path").containsKeys("HELD", "REPLACED", "PAID", "LATE",
                "CANCELLED", "SEATS_UNAVAILABLE", "AREA_SOLD_OUT", "DUPLICATE_SEAT", "PER_ORDER_LIMIT_EXCEEDED");
    }

    private void saw(String what) {
        seen.merge(what, 1, Integer::sum);
    }

    private final class Run {
        private final SaleFixture box;
        private final List<AccountId> buyers = IntStream.range(0, 6).mapToObj(i -> AccountId.newId()).toList();
        private final List<Hold> holds = new ArrayList<>();
        private final List<Purchase> purchases = new ArrayList<>();
        private Instant now = NOW;
        private long nextNumber = 1;

        Run(SaleFixture box) {
            this.box = box;
        }

        void play(int steps) {
            for (int step = 0; step < steps; step++) {
                now = now.plusSeconds(random.nextInt(240));
                switch (random.nextInt(6)) {
                    case 0, 1 -> placeHold();
                    case 2 -> buy();
                    case 3 -> holds.stream().filter(h -> h.state() == HoldState.ACTIVE && !h.isLiveAt(now))
                            .forEach(h -> h.expire(now));
                    case 4 -> pick(active()).ifPresent(Hold::release);
                    default -> pick(purchases.stream().filter(p -> p.order().state() == OrderState.PAID).toList())
                            .ifPresent(p -> {
                                p.order().cancel(CancelledBy.BUYER, eur(0), p.tickets(), now);
                                saw("CANCELLED");
                            });
                }
                checkInvariants();
            }
        }

        private void placeHold() {
            AccountId buyer = pick(buyers).orElseThrow();
            List<HoldRequest.Item> items = new ArrayList<>();
            List<SeatId> seats = List.copyOf(box.plan.seats().keySet());
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                items.add(random.nextInt(3) == 0 ? box.standing(1 + random.nextInt(4))
                        : box.seat(seats.get(random.nextInt(seats.size()))));
            }
            List<Claim> othersClaims = claims(buyer);
            Outcome<PlacedHold> outcome = HoldPlacement.byDefault().place(new HoldRequest(buyer, box.show.id(), items),
                    box.show, box.plan, holds.stream().filter(h -> h.state() == HoldState.ACTIVE).toList(),
                    soldClaims(), now);
            if (outcome instanceof Outcome.Accepted<PlacedHold> accepted) {
                holds.add(accepted.value().hold());
                saw(accepted.value().replaced().isPresent() ? "REPLACED" : "HELD");
            } else {
                Rejection rejection = ((Outcome.Rejected<PlacedHold>) outcome).rejection();
                saw(rejection.code());
                assertThat(EXPECTED_REFUSALS).contains(rejection.code());
                if (rejection.code().equals("SEATS_UNAVAILABLE")) {
                    Inventory others = Inventory.of(box.plan, othersClaims);
                    assertThat(rejection.subjects()).isNotEmpty().allSatisfy(seat -> assertThat(
                            others.stateOf(new SeatId(UUID.fromString(seat)))).isNotEqualTo(SeatState.AVAILABLE));
                }
            }
        }

        private void buy() {
            pick(holds.stream().filter(h -> h.state() == HoldState.ACTIVE).toList()).ifPresent(hold -> {
                Outcome<Purchase> outcome = Order.fromHold(hold, box.show, hold.buyer(),
                        new TicketNumber(nextNumber), now);
                if (outcome instanceof Outcome.Accepted<Purchase> accepted) {
                    purchases.add(accepted.value());
                    nextNumber += accepted.value().tickets().size();
                    saw("PAID");
                } else {
                    saw("LATE");
                    assertThat(hold.isLiveAt(now)).isFalse();
                }
            });
        }

        private void checkInvariants() {
            List<Claim> claims = claims(null);
            Inventory inventory = Inventory.of(box.plan, claims);
            Map<SeatId, Integer> perSeat = new HashMap<>();
            int standing = 0;
            for (Claim claim : claims) {
                claim.seat().ifPresent(s -> perSeat.merge(s, 1, Integer::sum));
                standing += claim.area().isPresent() ? claim.quantity() : 0;
            }
            assertThat(perSeat.values()).allMatch(count -> count == 1);
            assertThat(standing).isLessThanOrEqualTo(5).isEqualTo(5 - inventory.remainingIn(box.standing));
            assertThat(holds.stream().filter(h -> h.state() == HoldState.ACTIVE).map(Hold::buyer))
                    .doesNotHaveDuplicates();
            List<Ticket> valid = purchases.stream().flatMap(p -> p.tickets().stream()).filter(t -> t.claim().isPresent())
                    .toList();
            assertThat(valid.size()).isEqualTo(purchases.stream().filter(p -> p.order().state() == OrderState.PAID)
                    .mapToInt(p -> p.order().places()).sum());
            assertThat(purchases.stream().flatMap(p -> p.tickets().stream()).map(Ticket::number)).doesNotHaveDuplicates();
        }

        /** Live holds (except {@code exceptBuyer}'s, when given) and valid tickets. */
        private List<Claim> claims(AccountId exceptBuyer) {
            List<Claim> claims = new ArrayList<>(soldClaims());
            holds.stream().filter(h -> !h.buyer().equals(exceptBuyer)).forEach(h -> claims.addAll(h.claimsAt(now)));
            return claims;
        }

        private List<Claim> soldClaims() {
            return purchases.stream().flatMap(p -> p.tickets().stream()).flatMap(t -> t.claim().stream()).toList();
        }

        private List<Hold> active() {
            return holds.stream().filter(h -> h.state() == HoldState.ACTIVE).toList();
        }

        private <T> Optional<T> pick(List<T> from) {
            return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
        }
    }
}
