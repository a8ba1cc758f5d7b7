package app.marquee.domain.notification;

import app.marquee.domain.identity.account.PhoneNumber;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationPreferencesTest {
    private static final Optional<PhoneNumber> PHONE = Optional.of(new PhoneNumber("+33612345678"));

    @Test
    void confirmationsGoByEmailUntilTheAccountChooses() {
        assertThat(NotificationPreferences.DEFAULT.channelsFor(PHONE)).containsExactly(Channel.EMAIL);
    }

    @Test
    void smsNeedsAPhoneNumber() {
        assertThat(NotificationPreferences.choose(false, true, Optional.empty()))
                .isEqualTo(Outcome.rejected(NotificationRejection.SMS_NEEDS_PHONE));
        assertThat(NotificationPreferences.choose(true, true, PHONE).isAccepted()).isTrue();
    }

    @Test
    void atLeastOneChannelIsChosen() {
        assertThat(NotificationPreferences.choose(false, false, PHONE))
                .isEqualTo(Outcome.rejected(NotificationRejection.NO_CHANNEL_CHOSEN));
    }

    @Test
    void bothChannelsSendBoth() {
        assertThat(new NotificationPreferences(true, true).channelsFor(PHONE)).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(new NotificationPreferences(false, true).channelsFor(PHONE)).containsExactly(Channel.SMS);
    }

    @Test
    void smsAloneFallsBackToEmailOnceThePhoneIsRemoved() {
        assertThat(new NotificationPreferences(false, true).channelsFor(Optional.empty())).containsExactly(Channel.EMAIL);
    }
}
