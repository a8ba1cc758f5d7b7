package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;

import java.util.Objects;
import java.util.Optional;

/** What an admin changes; an empty field is left as it is. {@code emailVerified}: vouch for the address, or take that back. */
public record AdministerAccountCommand(AccountId target, Optional<Role> role, Optional<Boolean> disabled,
                                       Optional<Boolean> emailVerified) {
    public AdministerAccountCommand {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(disabled, "disabled");
        Objects.requireNonNull(emailVerified, "emailVerified");
    }

    public AdministerAccountCommand(AccountId target, Optional<Role> role, Optional<Boolean> disabled) {
        this(target, role, disabled, Optional.empty());
    }
}
