package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.Role;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters over accounts, ordered by e-mail. {@code after} is the e-mail of the last account of
 * the previous page (the cursor).
 */
public record AccountSearch(Optional<Role> role, Optional<AccountStatus> status, Optional<String> emailPrefix,
                            Optional<String> after, int limit) {
    public static final int MAX_LIMIT = 100;

    public AccountSearch {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(after, "after");
        emailPrefix = emailPrefix.map(prefix -> prefix.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty());
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
    }
}
