package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.ThrottledRequestsPort;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/**
 * E-mail-sending requests in PostgreSQL, so every instance counts the same: the count is read
 * under a transaction-scoped advisory lock on (kind, address), as failed sign-ins are. A request
 * touches only its own (kind, address) rows, known address or not; old rows are forgotten by a
 * job ({@link #forgetBefore}), never on a request's path.
 */
@Singleton
public class MailRequestPersistenceAdapter implements ThrottledRequestsPort {
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
        requests.save(new MailRequestRow(null, kind, address, at));
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return requests.deleteByRequestedAtLessThan(cutoff);
    }
}
