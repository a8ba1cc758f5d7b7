package app.marquee.domain.sales.event;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;

/**
 * Who may change an event or a tour: the account that owns it, or an ADMIN. Anyone else is told
 * it does not exist (the not-found code of the thing), so organisers cannot probe each other's
 * catalogues.
 */
public final class EventOwnership {
    private EventOwnership() {
    }

    public static boolean mayEdit(AccountId owner, AccountId editor, Role role) {
        return role == Role.ADMIN || owner.equals(editor);
    }
}
