package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.ExportPersonalDataQuery.PersonalData;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewAndExportAccountServiceTest {
    private final IdentityFixture world = new IdentityFixture();
    private final ViewAccountService view = new ViewAccountService(world.accounts);
    private final ExportPersonalDataService export = new ExportPersonalDataService(world.accounts, world.sessions);
    private final Account ann = world.account("ann@example.org", "correct horse battery staple");

    @Test
    void showsAnAccountByItsId() {
        assertThat(view.view(ann.id())).isInstanceOfSatisfying(Outcome.Accepted.class,
                accepted -> assertThat(((Account) accepted.value()).email()).isEqualTo(ann.email()));
    }

    @Test
    void viewingAnUnknownAccountIsNotFound() {
        assertThat(view.view(AccountId.newId())).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
    }

    @Test
    void exportsTheAccountWithItsOwnSessionsOnly() {
        Session.Opened phone = world.signedIn(ann);
        Session.Opened laptop = world.signedIn(ann);
        world.signedIn(world.account("bob@example.org", "bob's own long passphrase"));

        Outcome<PersonalData> outcome = export.export(ann.id());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Accepted.class, accepted -> {
            PersonalData data = (PersonalData) accepted.value();
            assertThat(data.account().id()).isEqualTo(ann.id());
            assertThat(data.sessions()).extracting(Session::id)
                    .containsExactlyInAnyOrder(phone.session().id(), laptop.session().id());
        });
    }

    @Test
    void exportingAnUnknownAccountIsNotFound() {
        assertThat(export.export(AccountId.newId())).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
    }
}
