package app.marquee.application.sales.integrity.port.in;

import app.marquee.domain.sales.integrity.ShowLedger;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;

/** A show's books, read in one snapshot, and whether they reconcile (SHOW_NOT_FOUND for no such show). */
public interface ShowIntegrityQuery {
    Outcome<Report> report(ShowId show);

    record Report(ShowId show, ShowLedger ledger, Instant readAt) {
    }
}
