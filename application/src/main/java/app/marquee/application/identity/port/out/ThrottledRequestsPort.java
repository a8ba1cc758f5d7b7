package app.marquee.application.identity.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Remembers requests that send an e-mail (a verification resend, a password reset), per kind and
 * address, in the database so every instance counts the same. Reading takes a lock on the
 * (kind, address) pair until the transaction ends, so parallel requests are counted one by one.
 */
public interface ThrottledRequestsPort {
    List<Instant> lockAndListSince(String kind, String address, Instant from);

    void record(String kind, String address, Instant at);

    /** Forgets requests made before {@code cutoff}, of every kind and address; how many. */
    int forgetBefore(Instant cutoff);
}
