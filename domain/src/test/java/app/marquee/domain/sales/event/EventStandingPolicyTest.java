package app.marquee.domain.sales.event;

import org.junit.jupiter.api.Test;

import static app.marquee.domain.sales.event.EventStandingPolicy.standing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventStandingPolicyTest {

    @Test
    void anEventOnSaleWithoutAnyShowYetIsOnSale() {
        assertThat(standing(EventStatus.ON_SALE, ShowTally.NONE)).isEqualTo(EventStanding.ON_SALE);
    }

    @Test
    void oneShowToComeWithOnePlaceLeftKeepsItOnSale() {
        assertThat(standing(EventStatus.ON_SALE, new ShowTally(3, 2, 1))).isEqualTo(EventStanding.ON_SALE);
    }

    @Test
    void everyShowToComeSoldOutMakesItSoldOutEvenIfPastShowsHadPlacesLeft() {
        assertThat(standing(EventStatus.ON_SALE, new ShowTally(1, 1, 0))).isEqualTo(EventStanding.SOLD_OUT);
        assertThat(standing(EventStatus.ON_SALE, new ShowTally(5, 2, 0))).isEqualTo(EventStanding.SOLD_OUT);
    }

    @Test
    void onceEveryShowHasStartedItIsPastSoldOutOrNot() {
        assertThat(standing(EventStatus.ON_SALE, new ShowTally(1, 0, 0))).isEqualTo(EventStanding.PAST);
        assertThat(standing(EventStatus.ON_SALE, new ShowTally(4, 0, 0))).isEqualTo(EventStanding.PAST);
    }

    @Test
    void aDraftStaysADraftWhateverItsShows() {
        assertThat(standing(EventStatus.DRAFT, new ShowTally(1, 1, 0))).isEqualTo(EventStanding.DRAFT);
        assertThat(standing(EventStatus.DRAFT, new ShowTally(2, 0, 0))).isEqualTo(EventStanding.DRAFT);
    }

    @Test
    void aCancelledEventStaysCancelledEvenOncePastOrSoldOut() {
        assertThat(standing(EventStatus.CANCELLED, new ShowTally(1, 1, 0))).isEqualTo(EventStanding.CANCELLED);
        assertThat(standing(EventStatus.CANCELLED, new ShowTally(2, 0, 0))).isEqualTo(EventStanding.CANCELLED);
    }

    @Test
    void aTallyCannotCountMoreShowsToComeThanShows() {
        assertThatThrownBy(() -> new ShowTally(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShowTally(2, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShowTally(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
