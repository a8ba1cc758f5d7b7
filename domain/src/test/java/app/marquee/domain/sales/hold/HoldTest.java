package app.marquee.domain.sales.hold;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.show.ShowId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.code;
import static app.marquee.domain.sales.SaleFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldTest {
    private static final AccountId ANN = AccountId.newId();
    private final SaleFixture box = new SaleFixture();

    @Test
    void itsBuyerConvertsItOnceBeforeItExpires() {
        Hold hold = box.hold(ANN, box.seat(box.a1));

        assertThat(hold.convertFor(ANN, hold.expiresAt().minusMillis(1)).isAccepted()).isTrue();

        assertThat(hold.state()).isEqualTo(HoldState.CONVERTED);
        assertThat(hold.isLiveAt(NOW)).isFalse();
        assertThat(code(hold.convertFor(ANN, NOW))).isEqualTo("HOLD_NOT_ACTIVE");
    }

    @Test
    void anotherBuyerIsToldTheHoldDoesNotExist() {
        Hold hold = box.hold(ANN, box.seat(box.a1));

        assertThat(code(hold.convertFor(AccountId.newId(), NOW))).isEqualTo("HOLD_NOT_FOUND");
        assertThat(hold.state()).isEqualTo(HoldState.ACTIVE);
    }

    @Test
    void cannotBeConvertedOnceItsTimeIsUpMarkedOrNot() {
        Hold unmarked = box.hold(ANN, box.seat(box.a1));
        Hold marked = box.hold(ANN, box.seat(box.a2));
        marked.expire(marked.expiresAt());

        assertThat(code(unmarked.convertFor(ANN, unmarked.expiresAt()))).isEqualTo("HOLD_EXPIRED");
        assertThat(code(marked.convertFor(ANN, NOW))).isEqualTo("HOLD_EXPIRED");
        assertThat(marked.state()).isEqualTo(HoldState.EXPIRED);
    }

    @Test
    void theExpiryJobOnlyExpiresActiveHoldsWhoseTimeIsUp() {
        Hold hold = box.hold(ANN, box.seat(box.a1));

        assertThatThrownBy(() -> hold.expire(hold.expiresAt().minusMillis(1))).isInstanceOf(IllegalStateException.class);
        hold.release();
        assertThat(code(hold.expire(hold.expiresAt()))).isEqualTo("HOLD_NOT_ACTIVE");
        assertThat(hold.state()).isEqualTo(HoldState.RELEASED);
        assertThat(code(hold.release())).isEqualTo("HOLD_NOT_ACTIVE");
    }

    @Test
    void aBuyerReleasesALiveHoldButNotOneWhoseTimeIsUp() {
        Hold live = box.hold(ANN, box.seat(box.a1));
        Hold runOut = box.hold(ANN, box.seat(box.a2));

        assertThat(code(runOut.releaseAt(runOut.expiresAt()))).isEqualTo("HOLD_NOT_ACTIVE");
        assertThat(runOut.state()).as("left for the expiry job to mark").isEqualTo(HoldState.ACTIVE);
        assertThat(live.releaseAt(live.expiresAt().minusMillis(1)).isAccepted()).isTrue();
        assertThat(live.state()).isEqualTo(HoldState.RELEASED);
    }

    @Test
    void anOfferIsAHoldReservedForAWaitingEntrantUntilTheOffersEnd() {
        Hold offer = Hold.offer(ANN, box.show.id(), List.of(HoldItem.seat(box.a1, box.category1.id(), eur(5000))),
                NOW, NOW.plusSeconds(7200));

        assertThat(offer.kind()).isEqualTo(HoldKind.OFFER);
        assertThat(offer.isLiveAt(NOW.plusSeconds(7199))).isTrue();
        assertThat(offer.isLiveAt(NOW.plusSeconds(7200))).isFalse();
    }

    @Test
    void aHoldKeepsSomethingInOneCurrencyAndExpiresAfterItIsPlaced() {
        HoldItem euros = HoldItem.seat(box.a1, box.category1.id(), eur(5000));
        HoldItem dollars = HoldItem.seat(box.a2, box.category1.id(), app.marquee.domain.payment.Money.of(10, "USD"));
        ShowId show = box.show.id();

        assertThatThrownBy(() -> Hold.offer(ANN, show, List.of(), NOW, NOW.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hold.offer(ANN, show, List.of(euros, dollars), NOW, NOW.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hold.offer(ANN, show, List.of(euros), NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoldItem(Optional.of(box.a1), Optional.empty(), box.category1.id(), 2, eur(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
