package app.marquee.adapter.notification.smtp;

import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpEmailChannelTest {
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final RenderedMessage MESSAGE = RenderedMessage.email("Vos billets pour « Hamlet »",
            "<p>Billet <b>101</b></p>", "Billet 101\n");

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void anEmailArrivesWithATextAndAnHtmlPart() throws Exception {
        DeliveryResult result = channel(smtp.getSmtp().getPort()).deliver("ada@example.com", MESSAGE);

        assertThat(result).isEqualTo(DeliveryResult.delivered());
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Vos billets pour « Hamlet »");
        assertThat(received.getFrom()[0].toString()).isEqualTo("Marquee <no-reply@marquee.test>");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Billet 101");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<b>101</b>");
    }

    @Test
    void aServerThatCannotBeReachedIsWorthRetrying() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        DeliveryResult result = channel(closed).deliver("ada@example.com", MESSAGE);

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) result).retryable()).isTrue();
    }

    @Test
    void anAddressThatCannotBeParsedIsPermanent() {
        DeliveryResult result = channel(smtp.getSmtp().getPort()).deliver("not an address@@", MESSAGE);

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) result).retryable()).isFalse();
    }

    @Test
    void starttlsChecksTheServersIdentityAsSmtpsDoes() {
        Properties startTls = SmtpEmailChannel.properties(new SmtpSettings("smtp.example.org", 587, true, false,
                Optional.of("marquee"), Optional.of("pw"), "Marquee <no-reply@marquee.test>", Duration.ofSeconds(3)));
        Properties smtps = SmtpEmailChannel.properties(new SmtpSettings("smtp.example.org", 465, false, true,
                Optional.of("marquee"), Optional.of("pw"), "Marquee <no-reply@marquee.test>", Duration.ofSeconds(3)));

        assertThat(startTls).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        assertThat(smtps).containsEntry("mail.smtps.ssl.checkserveridentity", "true");
    }

    private static SmtpEmailChannel channel(int port) {
        return new SmtpEmailChannel(new SmtpSettings("127.0.0.1", port, false, false, Optional.empty(),
                Optional.empty(), "Marquee <no-reply@marquee.test>", Duration.ofSeconds(3)));
    }
}
