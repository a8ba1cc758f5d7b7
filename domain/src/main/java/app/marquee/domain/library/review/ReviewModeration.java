package app.marquee.domain.library.review;

import app.marquee.domain.identity.account.Role;

/**
 * Who keeps reviews civil: operators and admins may hide a review and see hidden ones; viewers
 * (USER) may not, and never see a hidden review but their own.
 */
public final class ReviewModeration {
    private ReviewModeration() {
    }

    public static boolean mayModerate(Role role) {
        return role == Role.ADMIN || role == Role.OPERATOR;
    }
}
