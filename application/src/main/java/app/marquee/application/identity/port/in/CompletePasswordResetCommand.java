package app.marquee.application.identity.port.in;

import java.util.Objects;

/** The token from the reset e-mail and the new password, as typed. */
public record CompletePasswordResetCommand(String token, String newPassword) {
    public CompletePasswordResetCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(newPassword, "newPassword");
    }

    @Override
    public String toString() {
        return "CompletePasswordResetCommand[***]";
    }
}
