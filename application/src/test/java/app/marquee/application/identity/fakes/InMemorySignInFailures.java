package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.SignInFailuresPort;
import app.marquee.domain.identity.account.EmailAddress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Failed sign-ins per e-mail, kept in memory. */
public final class InMemorySignInFailures implements SignInFailuresPort {
    private final Map<EmailAddress, List<Instant>> failures = new HashMap<>();

    @Override
    public List<Instant> since(EmailAddress email, Instant from) {
        return failures.getOrDefault(email, List.of()).stream().filter(at -> !at.isBefore(from)).toList();
    }

    @Override
    public void record(EmailAddress email, Instant at) {
        failures.computeIfAbsent(email, e -> new ArrayList<>()).add(at);
    }

    @Override
    public void clear(EmailAddress email) {
        failures.remove(email);
    }

    /** Every failure recorded for the e-mail, however old. */
    public List<Instant> of(String email) {
        return List.copyOf(failures.getOrDefault(new EmailAddress(email), List.of()));
    }
}
