package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;

import java.util.Objects;
import java.util.Optional;

/** The password and either a code from the app or a recovery code (exactly one). */
public record DisableTwoFactorCommand(AccountId account, String password, Optional<String> code,
                                      Optional<String> recoveryCode) {
    public DisableTwoFactorCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(recoveryCode, "recoveryCode");
        if (code.isPresent() == recoveryCode.isPresent()) {
            throw new IllegalArgumentException("a code or a recovery code, exactly one");
        }
    }

    @Override
    public String toString() {
        return "DisableTwoFactorCommand[" + account + "]";
    }
}
