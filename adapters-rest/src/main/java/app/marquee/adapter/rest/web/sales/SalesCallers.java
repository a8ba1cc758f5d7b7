package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.security.Callers;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.event.Editor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/** The caller of an event or show route as the sales engine sees them: an editor, or a reader who may be anonymous. */
final class SalesCallers {
    private SalesCallers() {
    }

    static Editor editor(Authentication caller) {
        return new Editor(Callers.accountId(caller), role(caller));
    }

    static Reader reader(@Nullable Authentication caller) {
        return caller == null ? Reader.anonymous() : new Reader(Optional.of(Callers.accountId(caller)), role(caller));
    }

    private static Role role(Authentication caller) {
        return caller.getRoles().contains(Role.ADMIN.name()) ? Role.ADMIN
                : caller.getRoles().contains(Role.OPERATOR.name()) ? Role.OPERATOR : Role.USER;
    }
}
