package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.EmailAddress;

import java.time.Instant;
import java.util.List;

/** Remembers failed sign-ins per e-mail, in the database so every instance sees the same count. */
public interface SignInFailuresPort {
    List<Instant> since(EmailAddress email, Instant from);

    void record(EmailAddress email, Instant at);

    void clear(EmailAddress email);
}
