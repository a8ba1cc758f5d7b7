package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;

import java.util.Objects;
import java.util.Optional;

public record AdministerAccountCommand(AccountId target, Optional<Role> role, Optional<Boolean> disabled) {
    public AdministerAccountCommand {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(disabled, "disabled");
    }
}
