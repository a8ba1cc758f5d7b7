package app.marquee.domain.sales.event;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;

import java.util.Objects;

/** Who is asking to change an event or a tour, with the role they act in. */
public record Editor(AccountId account, Role role) {
    public Editor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
    }

    boolean mayEdit(AccountId owner) {
        return EventOwnership.mayEdit(owner, account, role);
    }
}
