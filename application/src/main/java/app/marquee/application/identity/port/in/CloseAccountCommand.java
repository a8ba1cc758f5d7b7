package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;

import java.util.Objects;

public record CloseAccountCommand(AccountId accountId, String password) {
    public CloseAccountCommand {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "CloseAccountCommand[" + accountId + "]";
    }
}
