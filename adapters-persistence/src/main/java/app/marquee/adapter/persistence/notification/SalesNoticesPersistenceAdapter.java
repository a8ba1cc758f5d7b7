package app.marquee.adapter.persistence.notification;

import app.marquee.application.notification.ShowFacts;
import app.marquee.application.notification.port.out.ShowFactsPort;
import app.marquee.domain.sales.show.ShowId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Sales messages' reads and the organiser's cancellation notices. {@link #showCancelled} is called by
 * the show's cancellation in its own transaction, after the orders are cancelled: one INSERT ... SELECT
 * whatever the number of orders, so calling a show off stays set-based.
 */
@Singleton
public class SalesNoticesPersistenceAdapter implements ShowFactsPort {
    private static final String ISO_UTC = "YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"";
    private final SalesNoticesRepository notices;

    SalesNoticesPersistenceAdapter(SalesNoticesRepository notices) {
        this.notices = notices;
    }

    @Override
    @Transactional
    public Optional<ShowFacts> of(ShowId show) {
        return notices.showFacts(show.value()).map(row -> new ShowFacts(row.title(), row.venueName(), row.startsAt(),
                ZoneId.of(row.timeZone())));
    }

    /** A SHOW_CANCELLED e-mail to the buyer of each of these orders; how many were appended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int showCancelled(String[] orderIds, Instant now) {
        return orderIds.length == 0 ? 0 : notices.showCancelled(orderIds, ISO_UTC, now);
    }
}
