package app.marquee.application.sales.integrity.port.out;

import app.marquee.domain.sales.integrity.ShowLedger;
import app.marquee.domain.sales.show.ShowId;

import java.time.Instant;
import java.util.Currency;

/**
 * Counts a show's places, orders, tickets, payments and refunds straight from the records, all in
 * one consistent snapshot (so a sale committing meanwhile is counted whole or not at all). Holds
 * count as held while live at {@code now}. It never repairs anything: it only tells.
 */
public interface ShowLedgerPort {
    ShowLedger ledgerOf(ShowId show, Currency currency, Instant now);
}
