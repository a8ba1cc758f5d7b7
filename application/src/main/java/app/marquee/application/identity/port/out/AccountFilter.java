package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.Role;

import java.util.Objects;
import java.util.Optional;

/**
 * Which accounts to read, in e-mail order: optional role, status and (lower-case) e-mail prefix,
 * and {@code after}, the e-mail the previous page ended with.
 */
public record AccountFilter(Optional<Role> role, Optional<AccountStatus> status, Optional<String> emailPrefix,
                            Optional<String> after) {
    public AccountFilter {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(emailPrefix, "emailPrefix");
        Objects.requireNonNull(after, "after");
    }
}
