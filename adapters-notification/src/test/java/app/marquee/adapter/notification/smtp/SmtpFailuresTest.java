package app.marquee.adapter.notification.smtp;

import app.marquee.domain.notification.DeliveryResult;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

/** The refusals as Angus Mail reports them: a RCPT TO refusal is a SendFailedException naming the address. */
class SmtpFailuresTest {

    @Test
    void aMailboxTheServerDoesNotKnowIsPermanent() throws Exception {
        assertThat(retryable(rcptRefused(550, "550 5.1.1 <ada@example.com>: Recipient address rejected: User unknown")))
                .isFalse();
        assertThat(retryable(rcptRefused(550, "550-5.1.1 The email account that you tried to reach does not exist")))
                .isFalse();
        assertThat(retryable(rcptRefused(553, "553 5.1.3 Bad recipient address syntax"))).isFalse();
        assertThat(retryable(rcptRefused(550, "550 No such user here"))).as("no enhanced code").isFalse();
    }

    @Test
    void refusalsAboutUsRatherThanTheRecipientAreWorthRetrying() throws Exception {
        assertThat(retryable(rcptRefused(550, "550 5.7.1 <ada@example.com>: Relay access denied"))).isTrue();
        assertThat(retryable(rcptRefused(554, "554 5.7.1 Service unavailable; client host blocked"))).isTrue();
        assertThat(retryable(rcptRefused(550, "550 Relaying denied"))).as("no enhanced code").isTrue();
        assertThat(retryable(rcptRefused(530, "530 5.7.0 Authentication required"))).isTrue();
        assertThat(retryable(rcptRefused(452, "452 4.2.2 Mailbox full"))).isTrue();
    }

    @Test
    void authenticationAndPolicyRefusalsOfTheWholeMessageAreWorthRetrying() {
        assertThat(retryable(new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid")))
                .isTrue();
        assertThat(retryable(new SMTPSendFailedException("MAIL FROM", 530, "530 5.7.0 Must issue a STARTTLS command",
                null, null, null, null))).isTrue();
        assertThat(retryable(new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected as spam",
                null, null, null, null))).isTrue();
        assertThat(retryable(new SMTPSendFailedException("MAIL FROM", 550, "550 5.7.1 Sender address rejected",
                null, null, null, null))).isTrue();
    }

    @Test
    void noConnectionIsWorthRetrying() {
        assertThat(retryable(new MessagingException("Couldn't connect to host", new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void theReasonQuotesTheServer() throws Exception {
        DeliveryResult result = SmtpFailures.sort(rcptRefused(550, "550 5.1.1 User unknown"));

        assertThat(((DeliveryResult.Failed) result).reason()).isEqualTo("SMTP 550: 550 5.1.1 User unknown");
    }

    private static boolean retryable(MessagingException failure) {
        DeliveryResult result = SmtpFailures.sort(failure);
        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        return ((DeliveryResult.Failed) result).retryable();
    }

    private static SendFailedException rcptRefused(int code, String reply) throws Exception {
        InternetAddress ada = new InternetAddress("ada@example.com");
        return new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(ada,
                "RCPT TO:<ada@example.com>", code, reply), new Address[0], new Address[0], new Address[] {ada});
    }
}
