package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.domain.identity.account.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Arrays;
import java.util.Optional;

/** What the library's controllers share: who the caller is. */
final class LibraryHttp {

    private LibraryHttp() {
    }

    /** The caller's role, from a token already verified; empty when anonymous. */
    static Optional<Role> role(@Nullable Authentication caller) {
        if (caller == null) {
            return Optional.empty();
        }
        return Arrays.stream(Role.values()).filter(role -> caller.getRoles().contains(role.name())).findFirst();
    }
}
