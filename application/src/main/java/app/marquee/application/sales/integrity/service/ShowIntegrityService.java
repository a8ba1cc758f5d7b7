package app.marquee.application.sales.integrity.service;

import app.marquee.application.sales.integrity.port.in.ShowIntegrityQuery;
import app.marquee.application.sales.integrity.port.out.ShowLedgerPort;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/** Reads the show (for its currency), then its ledger as of now. */
@Singleton
public class ShowIntegrityService implements ShowIntegrityQuery {
    private final LoadShowPort shows;
    private final ShowLedgerPort ledgers;
    private final Clock clock;

    public ShowIntegrityService(LoadShowPort shows, ShowLedgerPort ledgers, Clock clock) {
        this.shows = shows;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    @Override
    public Outcome<Report> report(ShowId id) {
        Instant now = clock.instant();
        return shows.byId(id).<Outcome<Report>>map(show -> Outcome.accepted(new Report(id,
                        ledgers.ledgerOf(id, show.terms().currency(), now), now)))
                .orElse(Outcome.rejected(SalesRejection.SHOW_NOT_FOUND));
    }
}
