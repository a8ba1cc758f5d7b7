package app.marquee.application.sales.refund.service;

import app.marquee.application.sales.refund.port.out.CancelShowSalesPort;
import app.marquee.application.sales.refund.port.out.CancelledShowsStillSellingPort;
import app.marquee.domain.sales.show.ShowId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallOffLateOrdersServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T18:00:00Z");

    @Test
    void everyCancelledShowStillSellingIsCalledOffAgainAndItsOrdersCounted() {
        ShowId gala = ShowId.newId();
        ShowId matinee = ShowId.newId();
        CancelledShows shows = new CancelledShows(Map.of(gala, 2, matinee, 1));

        int calledOff = new CallOffLateOrdersService(shows, shows, Clock.fixed(NOW, ZoneOffset.UTC)).callOff();

        assertThat(calledOff).isEqualTo(3);
        assertThat(shows.cancelled).containsExactlyInAnyOrder(gala, matinee);
        assertThat(shows.askedSince).isEqualTo(NOW.minus(CallOffLateOrdersService.LOOK_BACK));
    }

    @Test
    void withNoCancelledShowSellingNothingIsCancelled() {
        CancelledShows shows = new CancelledShows(Map.of());

        assertThat(new CallOffLateOrdersService(shows, shows, Clock.fixed(NOW, ZoneOffset.UTC)).callOff()).isZero();
        assertThat(shows.cancelled).isEmpty();
    }

    /** Cancelled shows with their late orders; cancelling one calls off all of them, as the store does. */
    private static final class CancelledShows implements CancelShowSalesPort, CancelledShowsStillSellingPort {
        private final Map<ShowId, Integer> lateOrders;
        private final List<ShowId> cancelled = new ArrayList<>();
        private Instant askedSince;

        CancelledShows(Map<ShowId, Integer> lateOrders) {
            this.lateOrders = lateOrders;
        }

        @Override
        public int cancelSales(ShowId show, Instant now) {
            cancelled.add(show);
            return lateOrders.getOrDefault(show, 0);
        }

        @Override
        public List<ShowId> cancelledStillSelling(Instant since, int max) {
            askedSince = since;
            return lateOrders.keySet().stream().limit(max).toList();
        }
    }
}
