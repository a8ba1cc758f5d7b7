package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.SessionId;

import java.util.Objects;

/** {@code currentSession} is the one making the change: it stays signed in. */
public record ChangePasswordCommand(AccountId accountId, SessionId currentSession, String currentPassword,
                                    String newPassword) {
    public ChangePasswordCommand {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(currentSession, "currentSession");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newPassword, "newPassword");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[" + accountId + "]";
    }
}
