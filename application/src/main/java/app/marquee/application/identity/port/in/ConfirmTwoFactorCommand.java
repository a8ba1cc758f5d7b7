package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.SessionId;

import java.util.Objects;

/** The code from the app, the password re-typed, and the session asking (the one kept signed in). */
public record ConfirmTwoFactorCommand(AccountId account, SessionId currentSession, String code, String password) {
    public ConfirmTwoFactorCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currentSession, "currentSession");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "ConfirmTwoFactorCommand[" + account + "]";
    }
}
