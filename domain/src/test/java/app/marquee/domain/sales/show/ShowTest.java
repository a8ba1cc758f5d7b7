package app.marquee.domain.sales.show;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.marquee.domain.sales.SaleFixture.ENDS;
import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.OPENS;
import static app.marquee.domain.sales.SaleFixture.STARTS;
import static app.marquee.domain.sales.SaleFixture.code;
import static app.marquee.domain.sales.SaleFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final PriceTier full = PriceTier.forSeats("FULL", Set.of(SeatKind.STANDARD), eur(1200));
    private final SaleTerms terms = SaleTerms.of(List.of(full), SalesWindow.untilStart(OPENS, STARTS));

    @Test
    void aNewShowIsADraftThatSellsNothing() {
        Show show = Show.scheduleEventDate(EventId.newId(), VenueId.newId(), STARTS, ENDS, PARIS, terms);

        assertThat(show.statusAt(NOW, false)).isEqualTo(ShowStatus.DRAFT);
        assertThat(code(show.acceptsSalesAt(NOW))).isEqualTo("SHOW_NOT_ON_SALE");
    }

    @Test
    void aScreeningIsOfATitleAndAnEventDateOfAnEvent() {
        Show screening = Show.scheduleScreening(TitleId.newId(), VenueId.newId(), STARTS, ENDS, PARIS, terms);

        assertThat(screening.kind()).isEqualTo(ShowKind.SCREENING);
        assertThat(screening.event()).isEmpty();
        assertThat(screening.title()).isPresent();
        assertThatThrownBy(() -> Show.rehydrate(ShowId.newId(), ShowKind.SCREENING, VenueId.newId(),
                Optional.of(EventId.newId()), Optional.empty(), STARTS, ENDS, PARIS, terms, Show.Lifecycle.DRAFT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShowStartsBeforeItEndsAndStopsSellingByItsEnd() {
        assertThatThrownBy(() -> Show.scheduleEventDate(EventId.newId(), VenueId.newId(), ENDS, STARTS, PARIS, terms))
                .isInstanceOf(IllegalArgumentException.class);
        SaleTerms tooLong = SaleTerms.of(List.of(full), new SalesWindow(OPENS, ENDS.plusSeconds(1)));
        assertThatThrownBy(() -> Show.scheduleEventDate(EventId.newId(), VenueId.newId(), STARTS, ENDS, PARIS, tooLong))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sellsOnlyInsideItsSalesWindowOpeningIncludedClosingExcluded() {
        Show show = new SaleFixture().show;

        assertThat(code(show.acceptsSalesAt(OPENS.minusSeconds(1)))).isEqualTo("SALES_WINDOW_NOT_OPEN");
        assertThat(show.acceptsSalesAt(OPENS).isAccepted()).isTrue();
        assertThat(show.acceptsSalesAt(STARTS.minusSeconds(1)).isAccepted()).isTrue();
        assertThat(code(show.acceptsSalesAt(STARTS))).isEqualTo("SALES_WINDOW_CLOSED");
        assertThat(code(show.acceptsSalesAt(ENDS))).isEqualTo("SHOW_PAST");
    }

    @Test
    void aCancelledShowSellsNothingAndCannotBeCancelledOrOpenedAgain() {
        Show show = new SaleFixture().show;

        assertThat(show.cancel(NOW).isAccepted()).isTrue();

        assertThat(show.statusAt(NOW, false)).isEqualTo(ShowStatus.CANCELLED);
        assertThat(code(show.acceptsSalesAt(NOW))).isEqualTo("SHOW_CANCELLED");
        assertThat(code(show.cancel(NOW))).isEqualTo("SHOW_CANCELLED");
        assertThat(code(show.openSales(NOW))).isEqualTo("SHOW_CANCELLED");
    }

    @Test
    void anEndedShowIsPastAndCanNoLongerBeCancelled() {
        Show show = new SaleFixture().show;

        assertThat(show.statusAt(ENDS.minusSeconds(1), false)).isEqualTo(ShowStatus.ON_SALE);
        assertThat(show.statusAt(ENDS, false)).isEqualTo(ShowStatus.PAST);
        assertThat(code(show.cancel(ENDS))).isEqualTo("SHOW_PAST");
    }

    @Test
    void isSoldOutWhileOnSaleWithNothingLeft() {
        Show show = new SaleFixture().show;

        assertThat(show.statusAt(NOW, true)).isEqualTo(ShowStatus.SOLD_OUT);
        assertThat(show.statusAt(ENDS, true)).isEqualTo(ShowStatus.PAST);
    }

    @Test
    void termsHaveDistinctTiersInOneCurrency() {
        SalesWindow window = SalesWindow.untilStart(OPENS, STARTS);
        PriceTier inDollars = PriceTier.forSeats("Premium", Set.of(SeatKind.PREMIUM), Money.of(9000, "USD"));
        PriceTier sameName = PriceTier.forSeats("full", Set.of(SeatKind.PREMIUM), eur(100));

        assertThatThrownBy(() -> SaleTerms.of(List.of(), window)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SaleTerms.of(List.of(full, inDollars), window))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SaleTerms.of(List.of(full, sameName), window))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(terms.perOrderLimit().max()).isEqualTo(10);
        assertThat(terms.tier(full.id())).contains(full);
    }

    @Test
    void aTierAppliesToSomethingAndShowsItsConditions() {
        PriceTier child = PriceTier.forSeats("CHILD", Set.of(SeatKind.STANDARD), eur(600))
                .withConditions("  Under 14, ID required ");

        assertThat(child.conditions()).contains("Under 14, ID required");
        assertThat(child.appliesToSeat(SeatKind.STANDARD)).isTrue();
        assertThat(child.appliesToSeat(SeatKind.PREMIUM)).isFalse();
        assertThatThrownBy(() -> PriceTier.forSeats("Nothing", Set.of(), eur(100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceTier.forSeats(" ", Set.of(SeatKind.STANDARD), eur(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSalesWindowOpensBeforeItClosesAndAnOrderAllowsOneToAThousandPlaces() {
        assertThatThrownBy(() -> new SalesWindow(STARTS, STARTS)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SalesWindow(OPENS, STARTS).isOpenAt(OPENS)).isTrue();
        assertThatThrownBy(() -> new PerOrderLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PerOrderLimit(4).allows(4)).isTrue();
        assertThat(new PerOrderLimit(4).allows(5)).isFalse();
    }

}
