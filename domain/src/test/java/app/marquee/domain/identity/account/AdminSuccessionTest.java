package app.marquee.domain.identity.account;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AdminSuccessionTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void theLastAdminCannotBeDemoted() {
        Account admin = admin();
        boolean wasActiveAdmin = admin.isActiveAdmin();

        admin.assign(Role.USER, NOW);

        assertThat(AdminSuccession.check(wasActiveAdmin, admin, 1))
                .contains(Rejection.of(IdentityRejection.LAST_ADMIN));
    }

    @Test
    void theLastAdminCannotBeDisabled() {
        Account admin = admin();
        boolean wasActiveAdmin = admin.isActiveAdmin();

        admin.setDisabled(true, NOW);

        assertThat(AdminSuccession.check(wasActiveAdmin, admin, 1))
                .contains(Rejection.of(IdentityRejection.LAST_ADMIN));
    }

    @Test
    void anAdminCanBeDemotedOrDisabledWhileAnotherRemains() {
        Account demoted = admin();
        demoted.assign(Role.OPERATOR, NOW);
        Account disabled = admin();
        disabled.setDisabled(true, NOW);

        assertThat(AdminSuccession.check(true, demoted, 2)).isEmpty();
        assertThat(AdminSuccession.check(true, disabled, 2)).isEmpty();
    }

    @Test
    void theLastAdminMayStayAnAdmin() {
        Account admin = admin();
        admin.rename(new DisplayName("Chief"), NOW);

        assertThat(AdminSuccession.check(true, admin, 1)).isEmpty();
    }

    @Test
    void changesToAccountsThatWereNotActiveAdminsAreNeverRefused() {
        Account user = Account.register(new EmailAddress("user@example.org"), new PasswordHash("h"),
                new DisplayName("User"), Language.EN, Role.USER, NOW);
        user.setDisabled(true, NOW);

        assertThat(AdminSuccession.check(false, user, 0)).isEmpty();
        assertThat(AdminSuccession.check(false, user, 1)).isEmpty();
    }

    private static Account admin() {
        return Account.register(new EmailAddress("admin@example.org"), new PasswordHash("h"),
                new DisplayName("Admin"), Language.EN, Role.ADMIN, NOW);
    }
}
