package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.ThrottledRequestsPort;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * E-mail-sending requests in PostgreSQL, so every instance counts the same: the count is read
 * under a transaction-scoped advisory lock on (kind, address), as failed sign-ins are, and rows
 * older than {@link #KEPT_FOR} (far beyond any limit's window) are forgotten as new ones come.
 */
@Singleton
public class MailRequestPersistenceAdapter implements ThrottledRequestsPort {
    static final Duration KEPT_FOR = Duration.ofDays(1);
    private final MailRequestRepository requests;

    MailRequestPersistenceAdapter(MailRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public List<Instant> lockAndListSince(String kind, String address, Instant from) {
        requests.lock(kind + ":" + address);
        return requests.findRequestedAtByKindAndAddressAndRequestedAtGreaterThan(kind, address, from);
    }

    @Override
    public void record(String kind, String address, Instant at) {
        requests.deleteByRequestedAtLessThan(at.minus(KEPT_FOR));
        requests.save(new MailRequestRow(null, kind, address, at));
    }
}
