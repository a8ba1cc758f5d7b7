package app.marquee.application.identity.port.in;

import java.util.Objects;

/** The e-mail is taken as typed: an unknown or malformed one is simply wrong credentials. */
public record SignInCommand(String email, String password) {
    public SignInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "SignInCommand[" + email + "]";
    }
}
