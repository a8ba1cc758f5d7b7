package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.UpdateProfileCommand;
import app.marquee.application.identity.port.in.UpdateProfileCommand.PhoneChange;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.PhoneNumber;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateProfileServiceTest {
    private final IdentityFixture world = new IdentityFixture();
    private final UpdateProfileService update = new UpdateProfileService(world.accounts, world.accounts, world.clock);
    private final Account ann = world.account("ann@example.org", "correct horse battery staple");

    @Test
    void changesOnlyWhatIsGiven() {
        world.clock.advance(Duration.ofMinutes(10));

        Outcome<Account> outcome = update.update(new UpdateProfileCommand(ann.id(),
                Optional.of(new DisplayName("Ann Smith")), Optional.empty(), Optional.empty()));

        assertThat(outcome.isAccepted()).isTrue();
        Account stored = world.accounts.stored(ann.id());
        assertThat(stored.displayName().value()).isEqualTo("Ann Smith");
        assertThat(stored.language()).isEqualTo(ann.language());
        assertThat(stored.phone()).isEmpty();
        assertThat(stored.updatedAt()).isEqualTo(world.clock.instant());
    }

    @Test
    void setsAndThenRemovesThePhoneNumber() {
        update.update(new UpdateProfileCommand(ann.id(), Optional.empty(), Optional.of(Language.FR),
                Optional.of(new PhoneChange(Optional.of(new PhoneNumber("+33612345678"))))));
        assertThat(world.accounts.stored(ann.id()).phone()).contains(new PhoneNumber("+33612345678"));
        assertThat(world.accounts.stored(ann.id()).language()).isEqualTo(Language.FR);

        update.update(new UpdateProfileCommand(ann.id(), Optional.empty(), Optional.empty(),
                Optional.of(new PhoneChange(Optional.empty()))));

        assertThat(world.accounts.stored(ann.id()).phone()).isEmpty();
        assertThat(world.accounts.stored(ann.id()).language()).isEqualTo(Language.FR);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(update.update(new UpdateProfileCommand(AccountId.newId(), Optional.empty(), Optional.empty(),
                Optional.empty()))).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
    }
}
