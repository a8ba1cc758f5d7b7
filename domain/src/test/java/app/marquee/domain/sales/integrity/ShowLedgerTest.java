package app.marquee.domain.sales.integrity;

import app.marquee.domain.payment.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShowLedgerTest {
    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    /** 60 places: 50 seats and an area of 10; 3 seats and 2 standing sold over 2 paid orders, 1 cancelled. */
    private static PlaceCounts places() {
        return new PlaceCounts(60, 5, 2, 3, 3, 0, 4, 2, 2, 0, 0);
    }

    private static OrderCounts orders() {
        return new OrderCounts(2, 1, 7, 2, 5, 0, 0, 0);
    }

    private static MoneyCounts money() {
        return new MoneyCounts(eur(30000), eur(4000), eur(0), eur(26000));
    }

    @Test
    void booksThatAgreeReconcileOnEveryCheck() {
        ShowLedger ledger = new ShowLedger(places(), orders(), money());

        assertThat(ledger.checks()).hasSize(CheckName.values().length).allMatch(Check::holds);
        assertThat(ledger.reconciles()).isTrue();
        assertThat(ledger.places().remaining()).isEqualTo(53);
    }

    @Test
    void soldAndHeldBeyondCapacityIsOversold() {
        PlaceCounts full = new PlaceCounts(6, 5, 2, 3, 3, 0, 4, 2, 2, 0, 0);

        assertThat(failed(new ShowLedger(full, orders(), money()))).containsExactly(CheckName.NOT_OVERSOLD);
    }

    @Test
    void inventoryRowsThatDisagreeWithTicketsAreNamed() {
        PlaceCounts drifted = new PlaceCounts(60, 5, 2, 4, 3, 1, 5, 2, 2, 0, 0);

        assertThat(failed(new ShowLedger(drifted, orders(), money()))).containsExactly(
                CheckName.SEAT_SOLD_AT_MOST_ONCE, CheckName.SEAT_CLAIMS_MATCH_TICKETS, CheckName.AREA_STOCK_MATCHES);
    }

    @Test
    void anAreaOffOrOversoldIsNamedEvenWhenTheTotalsAgree() {
        PlaceCounts cancellingOut = new PlaceCounts(60, 5, 2, 3, 3, 0, 4, 2, 2, 2, 0);
        PlaceCounts oneAreaOver = new PlaceCounts(60, 5, 2, 3, 3, 0, 4, 2, 2, 0, 1);

        assertThat(failed(new ShowLedger(cancellingOut, orders(), money()))).containsExactly(CheckName.AREA_STOCK_MATCHES);
        assertThat(failed(new ShowLedger(oneAreaOver, orders(), money()))).containsExactly(CheckName.NOT_OVERSOLD);
    }

    @Test
    void aTicketWithoutPaymentOrAPaymentWithoutTicketBreaksTheBooks() {
        OrderCounts unpaid = new OrderCounts(2, 1, 7, 2, 5, 0, 1, 0);
        OrderCounts unticketed = new OrderCounts(2, 1, 7, 2, 5, 0, 0, 1);
        OrderCounts stray = new OrderCounts(2, 1, 7, 1, 5, 1, 0, 0);

        assertThat(failed(new ShowLedger(places(), unpaid, money()))).containsExactly(CheckName.EVERY_ORDER_PAID);
        assertThat(failed(new ShowLedger(places(), unticketed, money())))
                .containsExactly(CheckName.EVERY_PAYMENT_TICKETED_OR_REFUNDED);
        assertThat(failed(new ShowLedger(places(), stray, money()))).containsExactly(CheckName.TICKETS_MATCH_PAID_ORDERS);
    }

    @Test
    void moneyBalancesWithRefundsOnTheirWayButNotWithMoneyUnaccountedFor() {
        MoneyCounts pending = new MoneyCounts(eur(30000), eur(1000), eur(3000), eur(26000));
        MoneyCounts missing = new MoneyCounts(eur(30000), eur(1000), eur(0), eur(26000));
        MoneyCounts overRefunded = new MoneyCounts(eur(30000), eur(31000), eur(0), eur(0));

        assertThat(new ShowLedger(places(), orders(), pending).reconciles()).isTrue();
        assertThat(failed(new ShowLedger(places(), orders(), missing))).containsExactly(CheckName.MONEY_BALANCES);
        assertThat(failed(new ShowLedger(places(), orders(), overRefunded))).containsExactly(CheckName.MONEY_BALANCES);
    }

    private static List<CheckName> failed(ShowLedger ledger) {
        return ledger.checks().stream().filter(c -> !c.holds()).map(Check::name).toList();
    }
}
