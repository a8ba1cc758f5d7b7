package app.marquee.domain.identity.account;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.shared.Rejection;

import java.util.Optional;

/**
 * The platform always keeps at least one active admin: a change that would demote or disable
 * the last one is refused, so nobody can lock everyone out of administration.
 */
public final class AdminSuccession {
    private AdminSuccession() {
    }

    /**
     * @param wasActiveAdmin whether the account was an active admin before the change
     * @param after the account with the requested change applied
     * @param activeAdmins how many active admins exist now, this account included
     */
    public static Optional<Rejection> check(boolean wasActiveAdmin, Account after, long activeAdmins) {
        if (wasActiveAdmin && !after.isActiveAdmin() && activeAdmins <= 1) {
            return Optional.of(Rejection.of(IdentityRejection.LAST_ADMIN));
        }
        return Optional.empty();
    }
}
