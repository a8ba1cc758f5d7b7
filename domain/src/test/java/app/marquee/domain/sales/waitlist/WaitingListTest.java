package app.marquee.domain.sales.waitlist;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.marquee.domain.sales.SaleFixture.code;
import static org.assertj.core.api.Assertions.assertThat;

class WaitingListTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration TWO_HOURS = WaitingList.DEFAULT_OFFER_VALIDITY;
    private static final PerOrderLimit LIMIT = PerOrderLimit.byDefault();
    private final AccountId ann = AccountId.newId();
    private final AccountId bob = AccountId.newId();
    private final AccountId cat = AccountId.newId();
    private final TierId tier = TierId.newId();
    private final TierId other = TierId.newId();
    private final WaitingList list = WaitingList.empty(ShowId.newId());

    @Test
    void onlyASoldOutShowHasAWaitingList() {
        assertThat(code(list.join(ann, tier, 1, LIMIT, false, NOW))).isEqualTo("SHOW_NOT_SOLD_OUT");
    }

    @Test
    void aPersonIsInLineOnceAndForNoMoreThanAnOrderAllows() {
        list.join(ann, tier, 1, LIMIT, true, NOW);

        assertThat(code(list.join(ann, tier, 2, LIMIT, true, NOW))).isEqualTo("ALREADY_ON_WAITING_LIST");
        assertThat(code(list.join(bob, tier, 11, LIMIT, true, NOW))).isEqualTo("PER_ORDER_LIMIT_EXCEEDED");
        assertThat(list.waiting()).extracting(WaitingEntry::entrant).containsExactly(ann);
    }

    @Test
    void placesThatComeBackAreOfferedToTheNextInLineForTwoHours() {
        join(ann, bob, cat);

        List<Offer> offers = list.offer(tier, 2, TWO_HOURS, NOW);

        assertThat(offers).containsExactly(new Offer(ann, tier, 1, NOW.plus(TWO_HOURS)), new Offer(bob, tier, 1, NOW.plus(TWO_HOURS)));
        assertThat(list.waiting()).extracting(WaitingEntry::entrant).containsExactly(cat);
    }

    @Test
    void someoneWantingMoreThanCameBackKeepsTheirPlaceInLine() {
        list.join(ann, tier, 3, LIMIT, true, NOW);
        list.join(bob, tier, 1, LIMIT, true, NOW);

        assertThat(list.offer(tier, 1, TWO_HOURS, NOW)).containsExactly(new Offer(bob, tier, 1, NOW.plus(TWO_HOURS)));
        assertThat(list.offer(tier, 3, TWO_HOURS, NOW)).containsExactly(new Offer(ann, tier, 3, NOW.plus(TWO_HOURS)));
    }

    @Test
    void anUnusedOfferLapsesAtItsEndAndPassesToTheNext() {
        join(ann, bob);
        list.offer(tier, 1, TWO_HOURS, NOW);

        assertThat(list.passOnLapsedOffers(TWO_HOURS, NOW.plus(TWO_HOURS).minusMillis(1))).isEmpty();
        List<Offer> passed = list.passOnLapsedOffers(TWO_HOURS, NOW.plus(TWO_HOURS));

        assertThat(passed).containsExactly(new Offer(bob, tier, 1, NOW.plus(TWO_HOURS).plus(TWO_HOURS)));
        assertThat(list.entries()).extracting(WaitingEntry::state).containsExactly(EntryState.LAPSED, EntryState.OFFERED);
    }

    @Test
    void aBoughtOfferIsServedAndDoesNotPassOn() {
        join(ann, bob);
        list.offer(tier, 1, TWO_HOURS, NOW);

        assertThat(list.served(ann).isAccepted()).isTrue();

        assertThat(list.passOnLapsedOffers(TWO_HOURS, NOW.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(code(list.served(bob))).isEqualTo("NOT_ON_WAITING_LIST");
    }

    @Test
    void someoneWhoLeftMayJoinAgainAtTheEnd() {
        join(ann, bob);

        assertThat(list.leave(ann).isAccepted()).isTrue();
        assertThat(code(list.leave(ann))).isEqualTo("NOT_ON_WAITING_LIST");
        assertThat(list.join(ann, tier, 1, LIMIT, true, NOW.plusSeconds(1)).isAccepted()).isTrue();
        assertThat(list.waiting()).extracting(WaitingEntry::entrant).containsExactly(bob, ann);
    }

    private void join(AccountId... entrants) {
        for (AccountId entrant : entrants) {
            list.join(entrant, tier, 1, LIMIT, true, NOW);
        }
    }

    @Test
    void placesOfOneTierAreOfferedOnlyToThoseWaitingForIt() {
        list.join(ann, other, 1, LIMIT, true, NOW);
        list.join(bob, tier, 1, LIMIT, true, NOW);

        assertThat(list.offer(tier, 1, TWO_HOURS, NOW)).containsExactly(new Offer(bob, tier, 1, NOW.plus(TWO_HOURS)));
        assertThat(list.positionOf(ann)).hasValue(1);
    }

    @Test
    void someoneAlreadyHoldingPlacesIsPassedOverButKeepsTheirPlaceInLine() {
        join(ann, bob);

        assertThat(list.offer(tier, 1, TWO_HOURS, NOW, Set.of(ann))).containsExactly(new Offer(bob, tier, 1,
                NOW.plus(TWO_HOURS)));
        assertThat(list.positionOf(ann)).hasValue(1);
    }

    @Test
    void theLineTellsEachWhereTheyStandAndWhatOthersWishPerTier() {
        join(ann, bob, cat);
        list.join(AccountId.newId(), other, 3, LIMIT, true, NOW);

        assertThat(list.positionOf(cat)).hasValue(3);
        assertThat(list.wishesBesides(bob)).isEqualTo(Map.of(tier, 2, other, 3));
        list.offer(tier, 1, TWO_HOURS, NOW);
        assertThat(list.positionOf(ann)).isEmpty();
        assertThat(list.positionOf(cat)).hasValue(2);
    }
}
