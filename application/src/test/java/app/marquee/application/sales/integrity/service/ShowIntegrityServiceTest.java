package app.marquee.application.sales.integrity.service;

import app.marquee.application.sales.integrity.port.in.ShowIntegrityQuery.Report;
import app.marquee.application.sales.show.fakes.InMemoryShows;
import app.marquee.application.sales.venue.fakes.InMemoryVenues;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.integrity.MoneyCounts;
import app.marquee.domain.sales.integrity.OrderCounts;
import app.marquee.domain.sales.integrity.PlaceCounts;
import app.marquee.domain.sales.integrity.ShowLedger;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ShowIntegrityServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final InMemoryShows shows = new InMemoryShows(new InMemoryVenues());
    private final List<String> asked = new ArrayList<>();

    @Test
    void readsTheShowsLedgerInItsCurrencyAsOfNow() {
        Show show = shows.add(Show.scheduleEventDate(EventId.newId(), VenueId.newId(), NOW.plus(Duration.ofDays(2)),
                NOW.plus(Duration.ofDays(2).plusHours(2)), ZoneId.of("Europe/Paris"), SaleTerms.of(List.of(
                        PriceTier.forSeats("Full", Set.of(SeatKind.STANDARD), Money.of(1500, "CHF"))),
                        SalesWindow.untilStart(NOW, NOW.plus(Duration.ofDays(2))))));

        Report report = service().report(show.id()).orElseThrow(r -> new IllegalStateException(r.code()));

        assertThat(report.show()).isEqualTo(show.id());
        assertThat(report.readAt()).isEqualTo(NOW);
        assertThat(report.ledger().money().captured()).isEqualTo(Money.of(0, "CHF"));
        assertThat(asked).containsExactly(show.id() + " CHF " + NOW);
    }

    @Test
    void anUnknownShowHasNoBooks() {
        assertThat(service().report(ShowId.newId())).isEqualTo(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
        assertThat(asked).isEmpty();
    }

    private ShowIntegrityService service() {
        return new ShowIntegrityService(shows, (show, currency, now) -> {
            asked.add(show + " " + currency + " " + now);
            return empty(currency);
        }, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ShowLedger empty(Currency currency) {
        Money zero = Money.zero(currency);
        return new ShowLedger(new PlaceCounts(10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), new OrderCounts(0, 0, 0, 0, 0, 0, 0, 0),
                new MoneyCounts(zero, zero, zero, zero));
    }
}
