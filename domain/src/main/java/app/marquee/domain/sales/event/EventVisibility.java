package app.marquee.domain.sales.event;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;

import java.util.Optional;

/**
 * Who may see an event (and its shows): anybody, signed in or not, once it is ON_SALE; before
 * that (a DRAFT) or after (CANCELLED), only its owner and ADMINs. To anyone else it does not
 * exist, so organisers cannot read each other's drafts.
 */
public final class EventVisibility {
    private EventVisibility() {
    }

    public static boolean mayRead(Event event, Optional<AccountId> reader, Role role) {
        return mayRead(event.status(), event.owner(), reader, role);
    }

    /** The same rule, from the two facts it needs: what reads shows on every purchase loads no more. */
    public static boolean mayRead(EventStatus status, AccountId owner, Optional<AccountId> reader, Role role) {
        return status == EventStatus.ON_SALE
                || reader.filter(account -> EventOwnership.mayEdit(owner, account, role)).isPresent();
    }
}
