package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;

import java.util.Objects;

public record RegisterAccountCommand(EmailAddress email, String password, DisplayName displayName,
                                     Language language) {
    public RegisterAccountCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
    }

    @Override
    public String toString() {
        return "RegisterAccountCommand[" + email + "]";
    }
}
